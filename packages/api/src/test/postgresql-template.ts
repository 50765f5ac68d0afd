// The template database every PostgreSQL test database is copied from.
import fs from "node:fs";
import pg from "pg";
import { migrationSqlFiles } from "@coproduce/db/migrate";

export const POSTGRESQL_TEMPLATE = "coproduce_template";

/** Creates the template database on the server and applies the PostgreSQL migrations to it. */
export async function createPostgresqlTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${POSTGRESQL_TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${POSTGRESQL_TEMPLATE}`;
  const template = new pg.Client({ connectionString: url.toString() });
  await template.connect();
  try {
    for (const file of migrationSqlFiles("postgresql")) {
      await template.query(fs.readFileSync(file, "utf8"));
    }
  } finally {
    await template.end();
  }
}
