import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { resolveDatabaseUrl } from "./database-url.js";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Applies every committed migration with `prisma migrate deploy` (offline, JS schema engine). */
export function migrateDatabase(url: string = resolveDatabaseUrl()): void {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    cwd: packageRoot,
    env: { ...process.env, DATABASE_URL: resolveDatabaseUrl(url) },
    stdio: process.env.COPRODUCE_QUIET ? "ignore" : "inherit",
  });
}

/** The migration SQL files in order, for tests that build a database without the CLI. */
export function migrationSqlFiles(): string[] {
  const dir = path.join(packageRoot, "prisma/migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => path.join(dir, name, "migration.sql"));
}
