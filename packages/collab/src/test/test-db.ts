// A real SQLite database per test, migrated once per test process with `prisma migrate deploy`
// into a template that each test copies (as packages/api does).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-collab-test-"));
let template: string | undefined;
let count = 0;

/** Migrates the template (a few seconds); call it from beforeAll. */
export function prepareTestDbTemplate(): string {
  if (template) return template;
  const file = path.join(dir, "template.db");
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(`file:${file}`);
  template = file;
  return file;
}

/** A fresh migrated database file; returns its URL (for a child process) and a client. */
export async function createTestDb(): Promise<{ url: string; db: Db }> {
  const file = path.join(dir, `test-${++count}.db`);
  fs.copyFileSync(prepareTestDbTemplate(), file);
  const url = `file:${file}`;
  return { url, db: await createDb(url) };
}
