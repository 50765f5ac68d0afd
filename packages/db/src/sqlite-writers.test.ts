// Connections of one process to one SQLite file take turns to write (sqlite-writers.ts). Before,
// a write on one connection while another held a transaction open across an `await` stopped the
// whole process in better-sqlite3's busy wait, and failed with SQLITE_BUSY after 5 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client.js";

let dir: string;
let file: string;
let first: Db;
let second: Db;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-writers-"));
  file = `file:${path.join(dir, "test.db")}`;
  first = await createDb(file);
  second = await createDb(file);
  await first.$executeRawUnsafe('CREATE TABLE "Note" ("text" TEXT NOT NULL)');
});

afterEach(async () => {
  await first.$disconnect();
  await second.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Writer = Pick<Db, "$executeRaw">;
const note = (db: Writer, text: string) =>
  db.$executeRaw`INSERT INTO "Note" ("text") VALUES (${text})`;
const notes = async (db: Db) =>
  (await db.$queryRaw<{ text: string }[]>`SELECT "text" FROM "Note" ORDER BY rowid`).map(
    (row) => row.text,
  );

/** A promise and the function that settles it, to hold a transaction open until told. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("SQLite connections of one process writing to one file", () => {
  it("a write on another connection waits its turn while a transaction is open, and is kept", async () => {
    const hold = gate();
    const events: string[] = [];
    const transaction = first.$transaction(async (tx) => {
      await note(tx, "in the transaction");
      events.push("transaction wrote");
      await hold.opened;
      await note(tx, "still in the transaction");
    });
    while (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    const outside = note(second, "outside").then(() => events.push("outside written"));
    // The process is not stopped while the write waits: a timer still fires.
    await new Promise((resolve) => setTimeout(resolve, 20));
    events.push("timer fired");
    hold.open();
    await transaction;
    await outside;

    expect(events).toEqual(["transaction wrote", "timer fired", "outside written"]);
    expect(await notes(second)).toEqual([
      "in the transaction",
      "still in the transaction",
      "outside",
    ]);
  });

  it("reads on another connection do not wait for an open transaction", async () => {
    await note(first, "before");
    const hold = gate();
    let wrote = false;
    const transaction = first.$transaction(async (tx) => {
      await note(tx, "uncommitted");
      wrote = true;
      await hold.opened;
    });
    while (!wrote) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await notes(second)).toEqual(["before"]);
    hold.open();
    await transaction;
    expect(await notes(second)).toEqual(["before", "uncommitted"]);
  });

  it("a write on the same connection outside its open transaction is not rolled back with it", async () => {
    const hold = gate();
    let wrote = false;
    const transaction = first.$transaction(async (tx) => {
      await note(tx, "rolled back");
      wrote = true;
      await hold.opened;
      throw new Error("changed my mind");
    });
    while (!wrote) await new Promise((resolve) => setTimeout(resolve, 5));
    const outside = note(first, "kept");
    // Time for the write to reach the connection (before, it ran inside the transaction).
    await new Promise((resolve) => setTimeout(resolve, 20));
    hold.open();
    await expect(transaction).rejects.toThrow("changed my mind");
    await outside;
    expect(await notes(second)).toEqual(["kept"]);
  });

  it("a writer that waits too long is refused with a clear reason, and later writes go ahead", async () => {
    const impatient = await createDb(file, { writerWaitMs: 50 });
    try {
      const hold = gate();
      let wrote = false;
      const transaction = first.$transaction(
        async (tx) => {
          await note(tx, "slow transaction");
          wrote = true;
          await hold.opened;
        },
        { timeout: 10_000 },
      );
      while (!wrote) await new Promise((resolve) => setTimeout(resolve, 5));
      await expect(note(impatient, "refused")).rejects.toThrow(/Waited 50 ms for another write/);
      hold.open();
      await transaction;
      await note(impatient, "later");
      expect(await notes(second)).toEqual(["slow transaction", "later"]);
    } finally {
      await impatient.$disconnect();
    }
  });
});
