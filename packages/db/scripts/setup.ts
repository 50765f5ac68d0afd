// Creates the database if needed, applies every migration, and seeds the demo programme when
// the database has no programme yet. Safe to run on every start.
//   --reset      delete the database file first
//   --seed-only  skip migrations
import fs from "node:fs";
import { hash } from "@node-rs/argon2";
import { createDb, databaseFilePath, isPostgresqlUrl, resolveDatabaseUrl } from "../src/index.js";
import { migrateDatabase } from "../src/migrate.js";
import { seedDemo, DEMO_PASSWORD } from "../src/demo-seed/index.js";

const url = resolveDatabaseUrl();

if (process.argv.includes("--reset") && isPostgresqlUrl(url)) {
  // Everything of ours lives in the public schema (tables, search configuration, triggers).
  const db = await createDb(url);
  await db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await db.$executeRawUnsafe("CREATE SCHEMA public");
  await db.$disconnect();
  console.log("Emptied the PostgreSQL database.");
} else if (process.argv.includes("--reset")) {
  const file = databaseFilePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  console.log(`Deleted ${file}`);
}
if (!process.argv.includes("--seed-only")) migrateDatabase(url);

const db = await createDb(url);
try {
  if ((await db.programme.count()) === 0) {
    console.log("Seeding the demo programme…");
    await seedDemo(db, { passwordHash: await hash(DEMO_PASSWORD) });
    console.log("Demo programme ready.");
  } else {
    console.log("The database already has data: not seeding.");
  }
} finally {
  await db.$disconnect();
}
