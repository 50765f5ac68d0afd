// Makes a new migration from the change to prisma/schema.prisma, offline.
// `prisma migrate dev` does not work with the JS schema engine (see STACK-NOTES), so we diff the
// schema as it was at the last migration (kept in prisma/migrations/schema.snapshot.prisma)
// against the current one, write the SQL, and update the snapshot.
// Usage: npm run db:migration -- <name>
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error(
    "Give the migration a name in lower_snake_case: npm run db:migration -- add_comments",
  );
  process.exit(1);
}
const migrationsDir = path.resolve("prisma/migrations");
const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");
const schema = path.resolve("prisma/schema.prisma");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  process.execPath,
  [prismaCli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  { encoding: "utf8" },
);
if (!/CREATE|ALTER|DROP|INSERT/i.test(sql)) {
  console.log("The schema has not changed since the last migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), 'provider = "sqlite"\n');
fs.copyFileSync(schema, snapshot);
console.log(
  `Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Apply it with npm run db:setup.`,
);
