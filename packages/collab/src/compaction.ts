// Compaction folds a document's log into its snapshot so that loading stays fast and the log
// stays short. It never loses an update, even with appends and other compactions running at the
// same time (in this process or another):
//  1. read snapshot + log consistently (readStoredDocument),
//  2. write the merged state as the snapshot, only if it is newer than the stored one
//     (lastUpdateId only ever grows),
//  3. delete the folded updates: only ids <= the last folded id, so appends that arrived
//     meanwhile (higher ids, AUTOINCREMENT never reuses one) stay.
// A crash between 2 and 3 leaves folded rows behind; readers skip them (id <= lastUpdateId) and
// the next compaction deletes them.
//
// Every write here is one statement with no transaction around it: this runs on the durable
// log's connection, where, with SQLite, an update logged while a transaction is open would run
// inside it (acknowledged before it is committed). Prisma's `updateMany` and `upsert` open one,
// so those writes are hand-written (SQL that SQLite and PostgreSQL share; decision 0021).
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import { applyStoredDocument, readStoredDocument, toBytes } from "./document-store.js";
import type { DocumentLocks } from "./document-locks.js";

export interface CompactionResult {
  /** How many log rows were folded into the snapshot (0: nothing to do). */
  folded: number;
  lastUpdateId: number;
}

export async function compactDocument(db: Db, documentName: string): Promise<CompactionResult> {
  const stored = await readStoredDocument(db, documentName);
  const last = stored.updates.at(-1);
  if (!last) return { folded: 0, lastUpdateId: stored.snapshot?.lastUpdateId ?? 0 };

  const doc = new Y.Doc();
  let state: Uint8Array;
  try {
    applyStoredDocument(doc, stored, documentName);
    state = Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }

  const written = await db.$executeRaw`
    UPDATE "CollabSnapshot"
       SET "state" = ${toBytes(state)}, "lastUpdateId" = ${last.id}, "updatedAt" = ${new Date()}
     WHERE "documentName" = ${documentName} AND "lastUpdateId" < ${last.id}`;
  if (written === 0 && stored.snapshot === null) {
    try {
      await db.collabSnapshot.create({
        data: { documentName, state: toBytes(state), lastUpdateId: last.id },
      });
    } catch (error) {
      // Another compaction created the snapshot first: it folded at least what we read only if
      // its lastUpdateId is >= ours; otherwise leave the log alone and let the next run fold it.
      const now = await db.collabSnapshot.findUnique({ where: { documentName } });
      if (!now || now.lastUpdateId < last.id) throw error;
    }
  }
  await recordContributors(db, documentName, last.id);
  await db.collabUpdate.deleteMany({ where: { documentName, id: { lte: last.id } } });
  return { folded: stored.updates.length, lastUpdateId: last.id };
}

/**
 * Keeps the authors of the rows about to be folded, with when they first and last wrote (each
 * statement is atomic and repeatable: the first edit only moves earlier, the latest only later).
 */
async function recordContributors(db: Db, documentName: string, lastId: number) {
  const authors = await db.collabUpdate.groupBy({
    by: ["userId"],
    where: { documentName, id: { lte: lastId }, userId: { not: null } },
    _min: { createdAt: true },
    _max: { createdAt: true },
  });
  for (const { userId, _min, _max } of authors) {
    if (!userId || !_min.createdAt || !_max.createdAt) continue;
    const first = _min.createdAt;
    const latest = _max.createdAt;
    await db.$executeRaw`
      INSERT INTO "DocumentContributor" ("documentName", "userId", "firstEditAt", "lastEditAt")
      VALUES (${documentName}, ${userId}, ${first}, ${latest})
      ON CONFLICT ("documentName", "userId") DO NOTHING`;
    await db.$executeRaw`
      UPDATE "DocumentContributor" SET "firstEditAt" = ${first}
       WHERE "documentName" = ${documentName} AND "userId" = ${userId} AND "firstEditAt" > ${first}`;
    await db.$executeRaw`
      UPDATE "DocumentContributor" SET "lastEditAt" = ${latest}
       WHERE "documentName" = ${documentName} AND "userId" = ${userId} AND "lastEditAt" < ${latest}`;
  }
}

/**
 * Runs compactions in the background, at most one at a time per document, and remembers how
 * many updates each loaded document has logged since its last compaction.
 */
export class Compactor {
  private readonly running = new Map<string, Promise<void>>();
  private readonly rerun = new Set<string>();
  private readonly logLength = new Map<string, number>();

  constructor(
    private readonly db: Db,
    /** Compact a document once this many updates are logged after its snapshot. */
    private readonly threshold: number,
    /** With several processes, one compacts a document and the others skip it meanwhile. */
    private readonly locks: DocumentLocks,
  ) {}

  /** The number of log rows after the snapshot, as found when the document was loaded. */
  setLogLength(documentName: string, length: number): void {
    this.logLength.set(documentName, length);
    // In the background on purpose: schedule() never rejects, it logs a failed compaction.
    if (length >= this.threshold) void this.schedule(documentName);
  }

  /** Called after each append. */
  noteAppended(documentName: string): void {
    const length = (this.logLength.get(documentName) ?? 0) + 1;
    this.logLength.set(documentName, length);
    if (length >= this.threshold) void this.schedule(documentName);
  }

  forget(documentName: string): void {
    this.logLength.delete(documentName);
  }

  /** Starts a compaction of the document unless one is running (then runs once more after). */
  schedule(documentName: string): Promise<void> {
    const current = this.running.get(documentName);
    if (current) {
      this.rerun.add(documentName);
      return current;
    }
    const run = (async () => {
      try {
        const locked = await this.locks.withLock(`compact:${documentName}`, { waitMs: 0 }, () =>
          compactDocument(this.db, documentName),
        );
        if (!locked.ran) return;
        const result = locked.value;
        const length = this.logLength.get(documentName);
        if (length !== undefined) {
          this.logLength.set(documentName, Math.max(0, length - result.folded));
        }
      } catch (error) {
        console.error(`[collab] compaction of ${documentName} failed`, error);
      } finally {
        this.running.delete(documentName);
        if (this.rerun.delete(documentName)) void this.schedule(documentName);
      }
    })();
    this.running.set(documentName, run);
    return run;
  }

  /** Resolves when no compaction is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }
}
