// A real database per test, migrated from the committed migrations: SQLite by default, or
// PostgreSQL when the suite runs with vitest.postgresql.config.ts (npm run test:postgresql).
// The migrations run once per test process (SQLite: into a template file that each test copies)
// or once per run (PostgreSQL: into a template database that each test's database is made from),
// so every test starts fast and alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@coproduce/db";
import { migrationSqlFiles } from "@coproduce/db/migrate";
import { POSTGRESQL_TEMPLATE } from "./postgresql-template.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL server of this run, when the suite runs on PostgreSQL. */
    postgresqlServerUrl?: string;
  }
}

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

/** Which database the suite runs on. */
export function testDatabaseProvider(): "sqlite" | "postgresql" {
  return inject("postgresqlServerUrl") ? "postgresql" : "sqlite";
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function createPostgresqlTestDb(serverUrl: string): Promise<Db> {
  const name = `test_${process.pid}_${++count}`;
  // FILE_COPY: copying the small template's files is quicker than logging all of it.
  await onServer(
    serverUrl,
    `CREATE DATABASE "${name}" TEMPLATE "${POSTGRESQL_TEMPLATE}" STRATEGY FILE_COPY`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await createDb(url.toString());
  // A test that disconnects is done with its database: drop it, or a long run (the permission
  // matrix makes one per case) fills the disk.
  const disconnect = db.$disconnect.bind(db);
  db.$disconnect = async () => {
    await disconnect();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return db;
}

export async function createTestDb(): Promise<Db> {
  const serverUrl = inject("postgresqlServerUrl");
  if (serverUrl) return createPostgresqlTestDb(serverUrl);
  const file = path.join(dir, `test-${++count}.db`);
  fs.copyFileSync(migratedTemplate(), file);
  return createDb(`file:${file}`);
}
