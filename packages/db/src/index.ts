// The only public face of @coproduce/db: the client factory, the generated types, the domain
// vocabularies and the migration helpers.
export { createDb, dbProvider, type Db, type DbProvider } from "./client.js";
export { resolveDatabaseUrl, databaseFilePath, isPostgresqlUrl, repoRoot } from "./database-url.js";
export { containsIgnoringCase } from "./text-filters.js";
export { queriesSoFar, transactionsSoFar } from "./query-count.js";
export {
  prismaPlanCache,
  sqliteStatementCache,
  type PrismaPlanCache,
  type SqliteStatementCache,
} from "./prisma-caches.js";
export * from "@coproduce/shared/vocabulary";
export type * from "./generated/models.js";
export { Prisma } from "./generated/client.js";
