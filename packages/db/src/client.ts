import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client.js";
import { resolveDatabaseUrl } from "./database-url.js";
import { countingQueries } from "./query-count.js";

export type Db = PrismaClient;

/**
 * Opens the database. Every connection gets WAL (readers never wait for the writer, and a
 * killed process loses nothing that was committed) and a busy timeout (a second writer waits
 * instead of failing at once).
 */
export async function createDb(url: string = resolveDatabaseUrl()): Promise<Db> {
  const adapter = countingQueries(new PrismaBetterSQLite3({ url: resolveDatabaseUrl(url) }));
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
