// The durable store of collaborative documents: a snapshot per document (CollabSnapshot) plus
// the updates logged after it (CollabUpdate). A document's state is always
// snapshot ⊕ every update of that document with id > snapshot.lastUpdateId.
//
// No transactions on the log's connection, on purpose: with the better-sqlite3 adapter a
// transaction holds the one SQLite connection open across awaits, and any other query made on
// that connection meanwhile (an append for another client) runs inside it, so it would be
// acknowledged before it is committed, and a rollback would drop it. Prisma opens one for some
// writes of its own (`updateMany`, `upsert`, `createMany`), so compaction and the log writer
// send those as single hand-written statements, and the app gives the log a connection of its
// own (LiveDocumentDoorOptions.logDb). Each statement here is atomic on its own, and readers
// check that they saw a consistent pair (see readStoredDocument).
import * as Y from "yjs";
import type { Db } from "@coproduce/db";

export interface StoredDocument {
  snapshot: { state: Uint8Array; lastUpdateId: number } | null;
  updates: { id: number; update: Uint8Array }[];
}

/**
 * Reads a document's snapshot and the updates after it, consistently: compaction writes the
 * new snapshot before deleting the folded updates, so if the snapshot is unchanged after the
 * updates were read, no folded update was missing from what we read.
 */
export async function readStoredDocument(db: Db, documentName: string): Promise<StoredDocument> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const snapshot = await db.collabSnapshot.findUnique({
      where: { documentName },
      select: { state: true, lastUpdateId: true },
    });
    const after = snapshot?.lastUpdateId ?? 0;
    const updates = await db.collabUpdate.findMany({
      where: { documentName, id: { gt: after } },
      orderBy: { id: "asc" },
      select: { id: true, update: true },
    });
    const check = await db.collabSnapshot.findUnique({
      where: { documentName },
      select: { lastUpdateId: true },
    });
    if ((check?.lastUpdateId ?? 0) === after) return { snapshot, updates };
  }
  throw new Error(`The stored state of ${documentName} kept changing while it was read`);
}

/**
 * Applies a stored document to `doc`. Throws if any stored bytes cannot be decoded: a document
 * that cannot be read completely must not be opened at all (hocuspocus#382).
 */
export function applyStoredDocument(doc: Y.Doc, stored: StoredDocument, documentName: string) {
  if (stored.snapshot) {
    try {
      Y.applyUpdate(doc, stored.snapshot.state);
    } catch (error) {
      throw new Error(`The snapshot of ${documentName} cannot be read`, { cause: error });
    }
  }
  for (const row of stored.updates) {
    try {
      Y.applyUpdate(doc, row.update);
    } catch (error) {
      throw new Error(`Update ${row.id} of ${documentName} cannot be read`, { cause: error });
    }
  }
}

export function isStoredDocumentEmpty(stored: StoredDocument): boolean {
  return stored.snapshot === null && stored.updates.length === 0;
}

/**
 * The current stored state of a document as one Yjs update (snapshot and log merged), or null
 * if nothing was ever stored for it. For versions, exports and rendering outside a live session.
 */
export async function loadDocumentState(db: Db, documentName: string): Promise<Uint8Array | null> {
  const stored = await readStoredDocument(db, documentName);
  if (isStoredDocumentEmpty(stored)) return null;
  const doc = new Y.Doc();
  try {
    applyStoredDocument(doc, stored, documentName);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Appends one update to the durable log; resolves once SQLite has committed it. */
export async function appendUpdate(
  db: Db,
  documentName: string,
  update: Uint8Array,
  userId: string | null,
): Promise<number> {
  const row = await db.collabUpdate.create({
    data: { documentName, update: toBytes(update), userId },
    select: { id: true },
  });
  return row.id;
}

/** Prisma's Bytes want a Uint8Array over a plain ArrayBuffer. */
export function toBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data);
}
