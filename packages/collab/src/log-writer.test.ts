// Group commit: updates sent together share statements, each sender hears back only once its
// own update is committed, and a failed statement acknowledges none of the updates it held.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { queriesSoFar, transactionsSoFar, type Db } from "@coproduce/db";
import { LogWriter } from "./log-writer.js";
import { createTestDb, prepareTestDbTemplate } from "./test/test-db.js";

beforeAll(() => prepareTestDbTemplate(), 60_000);

const testsStartedAt = Date.now();
let db: Db | undefined;
afterEach(() => db?.$disconnect());

const updateOf = (n: number) => new Uint8Array([n % 256, Math.floor(n / 256)]);

async function storedUpdates(documentName: string) {
  const rows = await db!.collabUpdate.findMany({
    where: { documentName },
    orderBy: { id: "asc" },
    select: { update: true, userId: true, createdAt: true },
  });
  // Read back through Prisma: what the hand-written INSERT stored reads as Prisma's own rows.
  for (const row of rows) expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(testsStartedAt);
  return rows.map((row) => ({ update: [...row.update], userId: row.userId }));
}

describe("the durable log's writer", () => {
  it("writes updates sent at once in a few statements, in the order they came", async () => {
    ({ db } = await createTestDb());
    const writer = new LogWriter(db);
    const before = queriesSoFar();
    const transactionsBefore = transactionsSoFar();
    await Promise.all(
      Array.from({ length: 300 }, (_, n) => writer.append("section:a", updateOf(n), `user-${n}`)),
    );
    const statements = queriesSoFar() - before;

    const stored = await storedUpdates("section:a");
    expect(stored).toEqual(
      Array.from({ length: 300 }, (_, n) => ({ update: [...updateOf(n)], userId: `user-${n}` })),
    );
    // The first alone, then the 299 that waited for it in statements of at most 200 rows (and
    // no transaction around them: that would be a COMMIT more each).
    expect(statements).toBeLessThanOrEqual(3);
    expect(transactionsSoFar() - transactionsBefore).toBe(0);
  });

  it("answers each sender only once its update is committed", async () => {
    ({ db } = await createTestDb());
    const writer = new LogWriter(db);
    const answered = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        await writer.append("section:b", updateOf(n), null);
        // Read back at the moment of the answer: the row is already there.
        return db!.collabUpdate.count({
          where: { documentName: "section:b", update: updateOf(n) },
        });
      }),
    );
    expect(answered).toEqual(Array.from({ length: 20 }, () => 1));
  });

  it("acknowledges none of a failed statement's updates, and goes on with later ones", async () => {
    ({ db } = await createTestDb());
    // A real refusal from the database for one document's rows.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_broken BEFORE INSERT ON "CollabUpdate"
       WHEN NEW."documentName" = 'section:broken' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const writer = new LogWriter(db);
    const first = writer.append("section:c", updateOf(1), null);
    // These three wait for the first and are written together: the broken row fails them all.
    const together = [
      writer.append("section:c", updateOf(2), null),
      writer.append("section:broken", updateOf(3), null),
      writer.append("section:c", updateOf(4), null),
    ];
    const outcomes = await Promise.allSettled([first, ...together]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "rejected",
    ]);
    expect(await storedUpdates("section:c")).toEqual([{ update: [1, 0], userId: null }]);

    await writer.append("section:c", updateOf(5), null);
    expect((await storedUpdates("section:c")).map((row) => row.update)).toEqual([
      [1, 0],
      [5, 0],
    ]);
  });
});
