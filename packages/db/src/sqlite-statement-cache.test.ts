// patches/@prisma+adapter-better-sqlite3+6.19.3.patch keeps each SQLite connection's prepared
// statements by their SQL (docs/decisions/0022). These tests hold it to what makes that safe: a
// kept statement runs with the values of each call, a statement the database refuses can be run
// again, each connection keeps its own, and the number kept is bounded.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client.js";
import { sqliteStatementCache, type SqliteStatementCache } from "./prisma-caches.js";

let dir: string;
let db: Db;
let cache: SqliteStatementCache;
let limit: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-statements-"));
  db = await createDb(`file:${path.join(dir, "test.db")}`);
  await db.$executeRawUnsafe('CREATE TABLE "Place" ("name" TEXT NOT NULL UNIQUE)');
  const found = sqliteStatementCache();
  if (!found) throw new Error("The SQLite adapter's patch is not applied: run npm install.");
  cache = found;
  limit = cache.limit;
});

afterEach(async () => {
  cache.limit = limit;
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Statements prepared while `run` runs. */
async function preparedDuring<T>(run: () => Promise<T>) {
  const before = cache.prepared;
  const result = await run();
  return { result, prepared: cache.prepared - before };
}

const addPlace = (on: Db, name: string) =>
  on.$executeRaw`INSERT INTO "Place" ("name") VALUES (${name})`;
const placesNamed = (on: Db, name: string) =>
  on.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Place" WHERE "name" = ${name}`;
const allPlaces = async (on: Db) =>
  (await on.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Place" ORDER BY "name"`).map(
    (row) => row.name,
  );

describe("SQLite's kept prepared statements", () => {
  it("prepares a statement once and runs it again with each call's own values", async () => {
    await addPlace(db, "Leeds");
    const second = await preparedDuring(() => addPlace(db, "York"));
    expect(second.prepared).toBe(0);

    const first = await preparedDuring(() => placesNamed(db, "Leeds"));
    const other = await preparedDuring(() => placesNamed(db, "York"));
    expect(first).toEqual({ result: [{ name: "Leeds" }], prepared: 1 });
    expect(other).toEqual({ result: [{ name: "York" }], prepared: 0 });
    expect(await placesNamed(db, "Hull")).toEqual([]);
    expect(await allPlaces(db)).toEqual(["Leeds", "York"]);
  });

  it("runs a kept statement again after the database refused it, changing nothing", async () => {
    await addPlace(db, "Leeds");
    await expect(addPlace(db, "Leeds")).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await allPlaces(db)).toEqual(["Leeds"]);
    const after = await preparedDuring(() => addPlace(db, "York"));
    expect(after.prepared).toBe(0);
    expect(await allPlaces(db)).toEqual(["Leeds", "York"]);
  });

  it("keeps statements for each connection apart", async () => {
    const other = await createDb(`file:${path.join(dir, "test.db")}`);
    try {
      await placesNamed(db, "Leeds");
      const onOther = await preparedDuring(() => placesNamed(other, "Leeds"));
      expect(onOther.prepared).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("keeps at most its limit a connection, letting the least recently used go first", async () => {
    cache.limit = 1; // only the last statement run is kept
    const first = await preparedDuring(() => placesNamed(db, "Leeds"));
    const again = await preparedDuring(() => placesNamed(db, "York"));
    const another = await preparedDuring(() => allPlaces(db));
    const back = await preparedDuring(() => placesNamed(db, "Leeds"));
    expect([first, again, another, back].map((run) => run.prepared)).toEqual([1, 0, 1, 1]);
  });
});
