// The live board is a Yjs document; the session's record (votes, outputs, the record page,
// exports) is rows in the database. This file keeps the two in step:
// - seedBoard fills a brand-new board document from the rows (sessions planned or run before
//   the board went live, and the demo data), so nothing already written is lost;
// - mirrorBoard writes the board's notes and groups into the rows. It runs when changes settle,
//   when a session ends, and before anything reads the rows for a vote, an output or the record.
import * as Y from "yjs";
import type { Db, NoteColour } from "@coproduce/db";
import { authorTagFor, boardSecretOf } from "./board-access.js";
import { boardClusters, boardNotes, readBoard, type BoardView } from "@coproduce/shared/board";

/** Writes the session's stored notes and groups into an empty board document. */
export async function seedBoard(db: Db, sessionId: string, doc: Y.Doc): Promise<void> {
  const session = await db.academySession.findUnique({
    where: { id: sessionId },
    select: {
      notes: { orderBy: { createdAt: "asc" } },
      clusters: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!session) return;
  const secret = await boardSecretOf(db, sessionId);
  doc.transact(() => {
    const clusters = boardClusters(doc);
    for (const cluster of session.clusters) {
      clusters.set(cluster.id, { title: cluster.title, createdAt: cluster.createdAt.getTime() });
    }
    const notes = boardNotes(doc);
    for (const note of session.notes) {
      const key = note.userId ? `user:${note.userId}` : note.guestId ? `guest:${note.guestId}` : "";
      notes.set(note.id, {
        text: note.text,
        colour: note.colour as NoteColour,
        authorTag: authorTagFor(secret, key || `note:${note.id}`),
        authorName: note.authorName,
        clusterId: note.clusterId,
        createdAt: note.createdAt.getTime(),
      });
    }
  });
}

/** Reads a board document's state into plain notes and groups. */
export function boardFromState(state: Uint8Array): BoardView {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}

const mirroring = new Map<string, Promise<void>>();

/**
 * Makes the session's note and group rows match the board. One at a time per session (in this
 * process), so two mirrors never both create the same new row.
 */
export function mirrorBoard(db: Db, sessionId: string, board: BoardView): Promise<void> {
  const previous = mirroring.get(sessionId) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => writeMirror(db, sessionId, board));
  mirroring.set(sessionId, next);
  void next
    .finally(() => {
      if (mirroring.get(sessionId) === next) mirroring.delete(sessionId);
    })
    .catch(() => {});
  return next;
}

async function writeMirror(db: Db, sessionId: string, board: BoardView): Promise<void> {
  const secret = await boardSecretOf(db, sessionId);
  const [noteRows, clusterRows, attendance] = await Promise.all([
    db.academyNote.findMany({ where: { sessionId } }),
    db.academyCluster.findMany({ where: { sessionId } }),
    db.academyAttendance.findMany({
      where: { sessionId },
      select: { userId: true, guestId: true },
    }),
  ]);
  // Who wrote a note, for the record: known for everyone who joined the session.
  const authors = new Map<string, { userId: string | null; guestId: string | null }>();
  for (const person of attendance) {
    const key = person.userId ? `user:${person.userId}` : `guest:${person.guestId}`;
    authors.set(authorTagFor(secret, key), { userId: person.userId, guestId: person.guestId });
  }
  // Ids are made by browsers: one already used by another session's board is left out of the
  // record rather than stopping it (ids from newBoardId never collide).
  const taken = new Set(
    (
      await Promise.all([
        db.academyNote.findMany({
          where: { id: { in: board.notes.map((n) => n.id) }, sessionId: { not: sessionId } },
          select: { id: true },
        }),
        db.academyCluster.findMany({
          where: { id: { in: board.clusters.map((c) => c.id) }, sessionId: { not: sessionId } },
          select: { id: true },
        }),
      ])
    ).flatMap((rows) => rows.map((row) => row.id)),
  );
  const notesById = new Map(noteRows.map((row) => [row.id, row]));
  const clustersById = new Map(clusterRows.map((row) => [row.id, row]));
  const clusters = board.clusters.filter((cluster) => !taken.has(cluster.id));
  const notes = board.notes.filter((note) => !taken.has(note.id));
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  const noteIds = new Set(notes.map((note) => note.id));

  const writes = [];
  // Groups first: notes refer to them.
  for (const cluster of clusters) {
    const row = clustersById.get(cluster.id);
    if (!row) {
      writes.push(
        db.academyCluster.create({
          data: {
            id: cluster.id,
            sessionId,
            title: cluster.title,
            createdAt: new Date(cluster.createdAt),
          },
        }),
      );
    } else if (row.title !== cluster.title) {
      writes.push(
        db.academyCluster.update({ where: { id: row.id }, data: { title: cluster.title } }),
      );
    }
  }
  for (const note of notes) {
    const clusterId = note.clusterId && clusterIds.has(note.clusterId) ? note.clusterId : null;
    const row = notesById.get(note.id);
    if (!row) {
      const author = authors.get(note.authorTag);
      writes.push(
        db.academyNote.create({
          data: {
            id: note.id,
            sessionId,
            text: note.text,
            colour: note.colour,
            authorName: note.authorName || "Anonymous",
            userId: author?.userId ?? null,
            guestId: author?.guestId ?? null,
            clusterId,
            createdAt: new Date(note.createdAt),
          },
        }),
      );
    } else if (
      row.text !== note.text ||
      row.colour !== note.colour ||
      row.clusterId !== clusterId
    ) {
      writes.push(
        db.academyNote.update({
          where: { id: row.id },
          data: { text: note.text, colour: note.colour, clusterId },
        }),
      );
    }
  }
  const goneNotes = noteRows.filter((row) => !noteIds.has(row.id)).map((row) => row.id);
  if (goneNotes.length > 0) {
    writes.push(db.academyNote.deleteMany({ where: { id: { in: goneNotes } } }));
  }
  const goneClusters = clusterRows.filter((row) => !clusterIds.has(row.id)).map((row) => row.id);
  if (goneClusters.length > 0) {
    writes.push(db.academyCluster.deleteMany({ where: { id: { in: goneClusters } } }));
  }
  if (writes.length > 0) await db.$transaction(writes);
}
