// Everything a participant's or facilitator's screen shows during a session, in one read.
// Screens reload it whenever the board document signals a change (and, as a fallback, every
// few seconds), so everyone follows the facilitator. Notes and groups come from the live board
// document when it exists; votes from the database.
import type { Db } from "@coproduce/db";
import { authorTagOf } from "./board-access.js";
import type { BoardView } from "@coproduce/shared/board";
import { activityStartTimes } from "./agenda.js";
import type { Participant } from "./participant.js";
import { votesLeft } from "./vote-budget.js";

export async function loadLiveState(
  db: Db,
  sessionId: string,
  participant: Participant,
  now: Date,
  /** The live board, or null if it was never opened (then the rows are the board). */
  board: BoardView | null,
) {
  const session = await db.academySession.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      activities: { orderBy: { position: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
      clusters: { orderBy: { createdAt: "asc" } },
      outputs: { orderBy: { createdAt: "asc" } },
    },
  });
  const myTag = await authorTagOf(db, sessionId, participant);
  const notes = board
    ? board.notes.map((n) => ({ ...n, mine: n.authorTag === myTag }))
    : session.notes.map((n) => ({
        id: n.id,
        text: n.text,
        colour: n.colour,
        clusterId: n.clusterId,
        authorName: n.authorName,
        mine: n.userId
          ? `user:${n.userId}` === participant.key
          : `guest:${n.guestId}` === participant.key,
      }));
  const clusters = board ? board.clusters : session.clusters;
  const starts = activityStartTimes(session.startsAt, session.activities);
  const round = await db.academyVoteRound.findFirst({
    where: { sessionId },
    orderBy: { createdAt: "desc" },
    include: { votes: { select: { noteId: true, voterKey: true, voterName: true } } },
  });
  const myVotes = round ? round.votes.filter((v) => v.voterKey === participant.key) : [];
  const revealed = Boolean(round?.revealedAt);
  const counts = new Map<string, number>();
  for (const vote of round?.votes ?? [])
    counts.set(vote.noteId, (counts.get(vote.noteId) ?? 0) + 1);

  return {
    id: session.id,
    title: session.title,
    purpose: session.purpose,
    joinCode: session.joinCode,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    endedAt: session.endedAt,
    currentActivityIndex: session.currentActivityIndex,
    canGoBack: session.previousActivityIndex !== null,
    timerEndsAt: session.timerEndsAt && session.timerEndsAt > now ? session.timerEndsAt : null,
    boardLocked: session.boardLocked,
    anonymousNotes: session.anonymousNotes,
    activities: session.activities.map((a, i) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      durationMinutes: a.durationMinutes,
      goals: a.goals,
      instructions: a.instructions,
      startsAt: starts[i]!,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      colour: n.colour,
      clusterId: n.clusterId,
      author: session.anonymousNotes || !n.authorName ? null : n.authorName,
      mine: n.mine,
      votes: revealed ? (counts.get(n.id) ?? 0) : null,
      myVotes: myVotes.filter((v) => v.noteId === n.id).length,
    })),
    clusters: clusters.map((c) => ({ id: c.id, title: c.title })),
    round: round
      ? {
          id: round.id,
          budget: round.budget,
          onePerNote: round.onePerNote,
          anonymous: round.anonymous,
          endsAt: round.endsAt,
          open: !round.closedAt && (!round.endsAt || round.endsAt > now),
          revealed,
          votesCast: round.votes.length,
          votesLeft: votesLeft(round, myVotes.length),
        }
      : null,
    outputs: session.outputs.map((o) => ({ id: o.id, kind: o.kind, title: o.title })),
    me: { name: participant.name, facilitator: participant.facilitator, authorTag: myTag },
  };
}

export type LiveState = Awaited<ReturnType<typeof loadLiveState>>;
