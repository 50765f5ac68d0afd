// String filters that behave the same on both databases.
import { dbProvider, type Db } from "./client.js";

/**
 * "Contains, ignoring case". SQLite's LIKE (what Prisma's `contains` becomes there) already
 * ignores case; PostgreSQL's LIKE does not, so there it is asked for with `mode: "insensitive"`
 * (ILIKE), an option the shared SQLite-shaped `Db` type does not list.
 */
export function containsIgnoringCase(db: Db, text: string): { contains: string } {
  if (dbProvider(db) === "postgresql") {
    return { contains: text, mode: "insensitive" } as { contains: string };
  }
  return { contains: text };
}
