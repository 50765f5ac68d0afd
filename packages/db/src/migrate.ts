import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { isPostgresqlUrl, resolveDatabaseUrl } from "./database-url.js";
import { MIGRATION_HISTORIES, type MigrationHistory } from "./migration-histories.js";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Applies every committed migration of the URL's provider with `prisma migrate deploy`
 * (offline, JS schema engine).
 */
export function migrateDatabase(url: string = resolveDatabaseUrl()): void {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const resolved = resolveDatabaseUrl(url);
  const config = isPostgresqlUrl(resolved) ? ["--config", "prisma.postgresql.config.ts"] : [];
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy", ...config], {
    cwd: packageRoot,
    env: { ...process.env, DATABASE_URL: resolved },
    stdio: process.env.COPRODUCE_QUIET ? "ignore" : "inherit",
  });
}

/** The migration SQL files of one provider in order, for tests that build a database directly. */
export function migrationSqlFiles(provider: MigrationHistory["provider"] = "sqlite"): string[] {
  const dir = MIGRATION_HISTORIES.find((history) => history.provider === provider)!.migrations;
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => path.join(dir, name, "migration.sql"));
}
