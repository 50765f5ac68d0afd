// The ideas board and dot voting. Notes and groups live in the session's shared Yjs document
// (@coproduce/shared/board): browsers change it over the websocket, and these functions change it for
// form posts, through the same rules (board-rules.ts). Votes are rows written by server
// mutations, so every vote is checked against the round's rules and nothing is lost.
import { TRPCError } from "@trpc/server";
import * as Y from "yjs";
import type { Db, NoteColour } from "@coproduce/db";
import type { DocumentContent } from "../../context.js";
import type { Participant } from "./participant.js";
import { voteRefusal } from "./vote-budget.js";
import { authorTagOf, boardStateOf } from "./board-access.js";
import { boardUpdateRefusal, type BoardActor, type BoardState } from "./board-rules.js";
import { boardClusters, boardDocumentName, boardNotes, newBoardId } from "@coproduce/shared/board";
import { boardFromState, mirrorBoard } from "./board-mirror.js";

export interface BoardContext {
  db: Db;
  documents: DocumentContent;
}

function refuse(message: string): never {
  throw new TRPCError({ code: "BAD_REQUEST", message });
}

class BoardRefusal extends Error {}

function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/**
 * Makes one change to the board as `participant`: `edit` changes a copy; the change is checked
 * by the same rules as a browser's, then logged and sent to everyone.
 */
async function changeBoard(
  ctx: BoardContext,
  sessionId: string,
  participant: Participant,
  /** Gets a copy to change, with the writer and the board's settings the rules will use. */
  edit: (doc: Y.Doc, actor: BoardActor, state: BoardState) => void,
): Promise<void> {
  const state = await boardStateOf(ctx.db, sessionId);
  if (!state)
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that session." });
  const actor = {
    authorTag: await authorTagOf(ctx.db, sessionId, participant),
    name: participant.name,
    facilitator: participant.facilitator,
  };
  try {
    await ctx.documents.change(boardDocumentName(sessionId), participant.userId, (current) => {
      const after = docFrom(current);
      try {
        const stateVector = Y.encodeStateVector(after);
        edit(after, actor, state);
        const update = Y.encodeStateAsUpdate(after, stateVector);
        const refusal = boardUpdateRefusal(current, update, actor, state);
        if (refusal) throw new BoardRefusal(refusal);
        return update;
      } finally {
        after.destroy();
      }
    });
  } catch (error) {
    if (error instanceof BoardRefusal) refuse(error.message);
    throw error;
  }
}

export async function addNote(
  ctx: BoardContext,
  sessionId: string,
  participant: Participant,
  note: { text: string; colour: NoteColour },
) {
  const id = newBoardId();
  await changeBoard(ctx, sessionId, participant, (doc, actor, state) => {
    boardNotes(doc).set(id, {
      text: note.text.trim(),
      colour: note.colour,
      authorTag: actor.authorTag,
      authorName: state.anonymousNotes ? "" : actor.name,
      clusterId: null,
      createdAt: Date.now(),
    });
  });
  return { id };
}

/** Puts a note into a group (or takes it out, with null). */
export async function moveNote(
  ctx: BoardContext,
  sessionId: string,
  participant: Participant,
  noteId: string,
  clusterId: string | null,
) {
  await changeBoard(ctx, sessionId, participant, (doc) => {
    const notes = boardNotes(doc);
    const note = notes.get(noteId);
    if (!note) throw new BoardRefusal("We could not find that note.");
    if (clusterId && !boardClusters(doc).has(clusterId)) {
      throw new BoardRefusal("We could not find that group.");
    }
    notes.set(noteId, { ...note, clusterId });
  });
}

export async function createCluster(
  ctx: BoardContext,
  sessionId: string,
  participant: Participant,
  title: string,
) {
  const id = newBoardId();
  await changeBoard(ctx, sessionId, participant, (doc) => {
    boardClusters(doc).set(id, { title: title.trim(), createdAt: Date.now() });
  });
  return { id };
}

/** The live board's notes and groups, or null if it was never opened (the rows are all). */
export async function readLiveBoard(ctx: BoardContext, sessionId: string) {
  const state = await ctx.documents.read(boardDocumentName(sessionId));
  return state ? boardFromState(state) : null;
}

/** Brings the session's note and group rows up to date with the live board. */
export async function syncBoardRows(ctx: BoardContext, sessionId: string): Promise<void> {
  const state = await ctx.documents.read(boardDocumentName(sessionId));
  // Never opened live: the rows are all there is.
  if (state) await mirrorBoard(ctx.db, sessionId, boardFromState(state));
}

/** The round people vote in now: the latest one not closed. */
export function openRound(db: Db, sessionId: string) {
  return db.academyVoteRound.findFirst({
    where: { sessionId, closedAt: null },
    orderBy: { createdAt: "desc" },
  });
}

export async function castVote(
  ctx: BoardContext,
  sessionId: string,
  participant: Participant,
  noteId: string,
  now: Date,
) {
  const { db } = ctx;
  // The note may be seconds old: bring the rows up to date so the vote can refer to it.
  const known = await db.academyNote.count({ where: { id: noteId, sessionId } });
  if (known === 0) await syncBoardRows(ctx, sessionId);
  // One transaction: the count and the insert see the same votes, so two quick clicks cannot
  // both slip under the budget.
  return db.$transaction(async (tx) => {
    const round = await tx.academyVoteRound.findFirst({
      where: { sessionId, closedAt: null },
      orderBy: { createdAt: "desc" },
    });
    if (!round) refuse("There is no vote open just now.");
    // Lock the round's row (a write that changes nothing): on PostgreSQL, whose transactions
    // do not queue as SQLite's do, a second vote now waits here until this one is committed, and
    // then counts it.
    await tx.academyVoteRound.updateMany({
      where: { id: round.id },
      data: { budget: { increment: 0 } },
    });
    const note = await tx.academyNote.findFirst({ where: { id: noteId, sessionId } });
    if (!note) refuse("We could not find that note.");
    const cast = await tx.academyVote.findMany({
      where: { roundId: round.id, voterKey: participant.key },
      select: { noteId: true },
    });
    const refusal = voteRefusal(
      round,
      cast.map((v) => v.noteId),
      noteId,
      now,
    );
    if (refusal) refuse(refusal);
    return tx.academyVote.create({
      data: {
        roundId: round.id,
        noteId,
        voterKey: participant.key,
        voterName: participant.name,
      },
      select: { id: true },
    });
  });
}

/** Takes back one of this person's votes on a note, while the round is open. */
export async function withdrawVote(
  db: Db,
  sessionId: string,
  participant: Participant,
  noteId: string,
) {
  const round = await openRound(db, sessionId);
  if (!round) refuse("There is no vote open just now.");
  const vote = await db.academyVote.findFirst({
    where: { roundId: round.id, noteId, voterKey: participant.key },
  });
  if (!vote) refuse("You have not voted for that note.");
  await db.academyVote.delete({ where: { id: vote.id } });
}
