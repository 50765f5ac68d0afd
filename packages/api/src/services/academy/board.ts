// The ideas board and dot voting: notes, clusters and votes are rows written by server
// mutations, so every change is checked and nothing is lost.
import { TRPCError } from "@trpc/server";
import type { Db, NoteColour } from "@coproduce/db";
import type { Participant } from "./participant.js";
import { voteRefusal } from "./vote-budget.js";

function refuse(message: string): never {
  throw new TRPCError({ code: "BAD_REQUEST", message });
}

async function sessionFor(db: Db, sessionId: string) {
  const session = await db.academySession.findUnique({
    where: { id: sessionId },
    select: { id: true, boardLocked: true, endedAt: true },
  });
  if (!session)
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that session." });
  return session;
}

async function assertBoardOpen(db: Db, sessionId: string, participant: Participant) {
  const session = await sessionFor(db, sessionId);
  if (session.endedAt) refuse("This session has ended.");
  if (session.boardLocked && !participant.facilitator) {
    refuse("The facilitator has locked the board for now.");
  }
}

export async function addNote(
  db: Db,
  sessionId: string,
  participant: Participant,
  note: { text: string; colour: NoteColour },
) {
  await assertBoardOpen(db, sessionId, participant);
  return db.academyNote.create({
    data: {
      sessionId,
      text: note.text,
      colour: note.colour,
      authorName: participant.name,
      userId: participant.userId,
      guestId: participant.guestId,
    },
    select: { id: true },
  });
}

/** Puts a note into a cluster (or takes it out, with null). */
export async function moveNote(
  db: Db,
  sessionId: string,
  participant: Participant,
  noteId: string,
  clusterId: string | null,
) {
  await assertBoardOpen(db, sessionId, participant);
  const note = await db.academyNote.findFirst({ where: { id: noteId, sessionId } });
  if (!note) refuse("We could not find that note.");
  if (clusterId) {
    const cluster = await db.academyCluster.findFirst({ where: { id: clusterId, sessionId } });
    if (!cluster) refuse("We could not find that group.");
  }
  await db.academyNote.update({ where: { id: noteId }, data: { clusterId } });
}

export async function createCluster(
  db: Db,
  sessionId: string,
  participant: Participant,
  title: string,
) {
  await assertBoardOpen(db, sessionId, participant);
  return db.academyCluster.create({ data: { sessionId, title }, select: { id: true } });
}

/** The round people vote in now: the latest one not closed. */
export function openRound(db: Db, sessionId: string) {
  return db.academyVoteRound.findFirst({
    where: { sessionId, closedAt: null },
    orderBy: { createdAt: "desc" },
  });
}

export async function castVote(
  db: Db,
  sessionId: string,
  participant: Participant,
  noteId: string,
  now: Date,
) {
  // One transaction: the count and the insert see the same votes, so two quick clicks cannot
  // both slip under the budget.
  return db.$transaction(async (tx) => {
    const round = await tx.academyVoteRound.findFirst({
      where: { sessionId, closedAt: null },
      orderBy: { createdAt: "desc" },
    });
    if (!round) refuse("There is no vote open just now.");
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
