// Makes a new migration from the change to prisma/schema.prisma, offline, for both databases.
// prisma/schema.prisma (SQLite) is the one source of truth: the PostgreSQL schema is generated
// from it (src/postgresql-schema.ts), and each provider keeps its own migration history, because
// Prisma cannot switch one history between providers.
// `prisma migrate dev` does not work with the JS schema engine (see STACK-NOTES), so for each
// history we diff the schema as it was at its last migration (schema.snapshot.prisma in its
// migrations folder) against the current one, write the SQL, and update the snapshot.
// Usage: npm run db:migration -- <name>
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { MIGRATION_HISTORIES } from "../src/migration-histories.js";
import { writePostgresqlSchema } from "../src/postgresql-schema.js";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error(
    "Give the migration a name in lower_snake_case: npm run db:migration -- add_comments",
  );
  process.exit(1);
}
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

if (writePostgresqlSchema()) console.log("Regenerated prisma/postgresql/schema.prisma.");

let wrote = 0;
for (const history of MIGRATION_HISTORIES) {
  const from = fs.existsSync(history.snapshot)
    ? ["--from-schema-datamodel", history.snapshot]
    : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...from, "--to-schema-datamodel", history.schema, "--script"],
    { encoding: "utf8" },
  );
  if (!/CREATE|ALTER|DROP|INSERT/i.test(sql)) {
    // Only comments or formatting changed: no SQL, but the snapshot follows the schema.
    fs.copyFileSync(history.schema, history.snapshot);
    continue;
  }
  const dir = path.join(history.migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  fs.writeFileSync(
    path.join(history.migrations, "migration_lock.toml"),
    `provider = "${history.provider}"\n`,
  );
  fs.copyFileSync(history.schema, history.snapshot);
  console.log(`Wrote the ${history.label} migration ${path.relative(process.cwd(), dir)}.`);
  wrote++;
}
if (wrote === 0) {
  console.log("The schema has not changed since the last migration: nothing to write.");
} else {
  console.log("Apply it with npm run db:setup, and run npm run db:generate for the clients.");
}
