// A real SQLite database per test, migrated from the committed migrations. The migrations run
// once per test process into a template file, which each test then copies (fast and isolated).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@coproduce/db";
import { migrationSqlFiles } from "@coproduce/db/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-test-"));
let template: string | undefined;
let count = 0;

function migratedTemplate(): string {
  if (template) return template;
  const file = path.join(dir, "template.db");
  const raw = new Database(file);
  for (const sqlFile of migrationSqlFiles()) raw.exec(fs.readFileSync(sqlFile, "utf8"));
  raw.close();
  template = file;
  return file;
}

export async function createTestDb(): Promise<Db> {
  const file = path.join(dir, `test-${++count}.db`);
  fs.copyFileSync(migratedTemplate(), file);
  return createDb(`file:${file}`);
}
