import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.js";
import { PrismaClient as PostgresqlPrismaClient } from "./generated-postgresql/client.js";
import { databaseFilePath, isPostgresqlUrl, resolveDatabaseUrl } from "./database-url.js";
import { countingQueries } from "./query-count.js";
import { oneWriterAtATime } from "./sqlite-writers.js";

/**
 * One type for both databases. The PostgreSQL client is generated from the same models
 * (prisma/postgresql/schema.prisma is made from prisma/schema.prisma), so its methods, inputs
 * and results are the SQLite client's; only provider-only options (such as `mode`) differ, and
 * the code keeps to what both providers share.
 */
export type Db = PrismaClient;

/** Which database a client talks to, for the few places that write raw SQL. */
export type DbProvider = "sqlite" | "postgresql";
const providers = new WeakMap<object, DbProvider>();
export function dbProvider(db: Db): DbProvider {
  return providers.get(db) ?? "sqlite";
}

/**
 * Opens the database named by the URL: PostgreSQL for `postgresql://…`, else a SQLite file.
 * Every SQLite connection gets WAL (readers never wait for the writer, and a killed process
 * loses nothing that was committed) and a busy timeout (a writer in another process waits
 * instead of failing at once); connections of this process take turns to write without
 * blocking (sqlite-writers.ts).
 */
export interface CreateDbOptions {
  /** SQLite: how long a write waits for this process's other writers (sqlite-writers.ts). */
  writerWaitMs?: number;
}

export async function createDb(
  url: string = resolveDatabaseUrl(),
  options: CreateDbOptions = {},
): Promise<Db> {
  const resolved = resolveDatabaseUrl(url);
  if (isPostgresqlUrl(resolved)) {
    const client = new PostgresqlPrismaClient({
      adapter: new PrismaPg({ connectionString: resolved }),
    });
    const db = client as unknown as Db;
    providers.set(db, "postgresql");
    return db;
  }
  const adapter = countingQueries(
    oneWriterAtATime(
      new PrismaBetterSQLite3({ url: resolved }),
      databaseFilePath(resolved),
      options.writerWaitMs,
    ),
  );
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  providers.set(db, "sqlite");
  return db;
}
