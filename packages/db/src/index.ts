// The only public face of @coproduce/db: the client factory, the generated types, the domain
// vocabularies and the migration helpers.
export { createDb, type Db } from "./client.js";
export { queriesSoFar } from "./query-count.js";
export { resolveDatabaseUrl, databaseFilePath, repoRoot } from "./database-url.js";
export * from "./vocabulary.js";
export type * from "./generated/models.js";
export { Prisma } from "./generated/client.js";
