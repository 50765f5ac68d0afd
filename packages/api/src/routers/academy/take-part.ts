// Taking part in a live session, the same for members and guests: read the live state, add,
// move and group notes, vote and take a vote back, and say how it went afterwards.
import { z } from "zod";
import { router } from "../../trpc.js";
import {
  clusterTitleInput,
  evaluationInput,
  idInput,
  noteInput,
} from "../../services/academy/inputs.js";
import {
  addNote,
  castVote,
  createCluster,
  moveNote,
  readLiveBoard,
  withdrawVote,
} from "../../services/academy/board.js";
import { loadLiveState } from "../../services/academy/live-state.js";
import { participantProcedure } from "./session-door.js";

const takePart = () => participantProcedure("academy:take-part");
/** Votes show as counts on every screen (once revealed) and in "votes cast so far". */
const followed = () => participantProcedure("academy:take-part", { everyoneFollows: true });

export const takePartRouter = router({
  /** Everything a participant's or facilitator's screen shows, in one read. */
  live: participantProcedure("academy:read").query(async ({ ctx }) =>
    loadLiveState(
      ctx.db,
      ctx.session.id,
      ctx.participant,
      ctx.now(),
      await readLiveBoard(ctx, ctx.session.id),
    ),
  ),

  // Notes and groups are changes to the board document itself, which reach everyone.
  addNote: takePart()
    .input(z.object({ note: noteInput }))
    .mutation(({ ctx, input }) => addNote(ctx, ctx.session.id, ctx.participant, input.note)),

  moveNote: takePart()
    .input(z.object({ noteId: idInput, clusterId: idInput.nullable() }))
    .mutation(async ({ ctx, input }) => {
      await moveNote(ctx, ctx.session.id, ctx.participant, input.noteId, input.clusterId);
    }),

  createCluster: takePart()
    .input(z.object({ title: clusterTitleInput }))
    .mutation(({ ctx, input }) => createCluster(ctx, ctx.session.id, ctx.participant, input.title)),

  vote: followed()
    .input(z.object({ noteId: idInput }))
    .mutation(({ ctx, input }) =>
      castVote(ctx, ctx.session.id, ctx.participant, input.noteId, ctx.now()),
    ),

  withdrawVote: followed()
    .input(z.object({ noteId: idInput }))
    .mutation(async ({ ctx, input }) => {
      await withdrawVote(ctx.db, ctx.session.id, ctx.participant, input.noteId);
    }),

  evaluate: takePart()
    .input(z.object({ evaluation: evaluationInput }))
    .mutation(async ({ ctx, input }) => {
      const voterKey = ctx.participant.key;
      await ctx.db.academyEvaluation.upsert({
        where: { sessionId_voterKey: { sessionId: ctx.session.id, voterKey } },
        create: { ...input.evaluation, sessionId: ctx.session.id, voterKey },
        update: input.evaluation,
      });
    }),
});
