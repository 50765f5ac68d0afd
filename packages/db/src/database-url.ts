import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so that every workspace agrees on it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** True for a PostgreSQL URL (`postgresql://…` or `postgres://…`). */
export function isPostgresqlUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The database URL: `DATABASE_URL` when set, else `data/coproduce.db` in the repository.
 * A PostgreSQL URL is used as given. Relative SQLite `file:` paths are resolved against the
 * repository root, not the current directory, because npm runs each workspace's scripts from its
 * own folder.
 */
export function resolveDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): string {
  const url = raw && raw.trim() !== "" ? raw : "file:./data/coproduce.db";
  if (isPostgresqlUrl(url)) return url;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL, got "${url}"`);
  }
  const filePath = url.slice("file:".length);
  const absolute = path.isAbsolute(filePath) ? filePath : path.resolve(repoRoot, filePath);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

export function databaseFilePath(url: string = resolveDatabaseUrl()): string {
  if (isPostgresqlUrl(url)) throw new Error("A PostgreSQL database has no file.");
  return url.slice("file:".length);
}
