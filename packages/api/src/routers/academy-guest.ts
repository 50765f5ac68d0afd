// Change Academy for guests: service users and carers join one session with its code, without
// an account. Every guest procedure finds the guest from their cookie and lets them act on that
// one session only, and only until their access expires.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";
import { hashToken, newToken } from "../services/tokens.js";
import { normaliseJoinCode } from "../services/academy/join-code.js";
import {
  findGuest,
  guestAccessValid,
  guestCookie,
  guestExpiry,
} from "../services/academy/guest-access.js";
import {
  clusterTitleInput,
  evaluationInput,
  guestJoinInput,
  idInput,
  noteInput,
} from "../services/academy/inputs.js";
import { guestParticipant } from "../services/academy/participant.js";
import { assertRoomFor } from "../services/academy/capacity.js";
import {
  addNote,
  castVote,
  createCluster,
  moveNote,
  readLiveBoard,
  signalLiveChange,
  withdrawVote,
} from "../services/academy/board.js";
import { loadLiveState } from "../services/academy/live-state.js";
import { guarded } from "../services/guess-limit.js";
import type { Context } from "../context.js";

export const GUEST_CONSENT_TEXT =
  "I agree that my name, my group and what I write on the board are kept in the record of this session.";

const codeInput = z.object({ code: z.string().trim().min(1).max(20) });

async function sessionByCode(db: import("@coproduce/db").Db, code: string) {
  return db.academySession.findUnique({
    where: { joinCode: normaliseJoinCode(code) },
    select: {
      id: true,
      title: true,
      purpose: true,
      startsAt: true,
      endsAt: true,
      endedAt: true,
      joinCode: true,
      capacity: true,
    },
  });
}

const noSessionWithCode = () =>
  new TRPCError({
    code: "NOT_FOUND",
    message: "We could not find a session with that code. Check the code and try again.",
  });

/**
 * The session a typed code opens, while guests may still join it. Codes are short, so wrong
 * ones count against the address's guess limit.
 */
async function joinableSession(ctx: Context, code: string) {
  const session = await guarded(ctx, "join-code", async () => {
    const found = await sessionByCode(ctx.db, code);
    return found && guestAccessValid(guestExpiry(found.endsAt), ctx.now()) ? found : null;
  });
  if (!session) throw noSessionWithCode();
  return session;
}

/** A guest acting in the session whose code they are on; anything else is refused. */
const guestProcedure = publicProcedure.input(codeInput).use(async ({ ctx, input, next }) => {
  const guest = await findGuest(ctx.db, ctx.guestToken, ctx.now());
  if (!guest) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Please join the session with its code first.",
    });
  }
  const session = await sessionByCode(ctx.db, input.code);
  if (!session || session.id !== guest.sessionId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can only take part in the session you joined.",
    });
  }
  return next({ ctx: { ...ctx, guest, session, participant: guestParticipant(guest) } });
});

export const academyGuestRouter = router({
  /** What the join page shows for a code, and whether this browser has already joined. */
  joinInfo: publicProcedure.input(codeInput).query(async ({ ctx, input }) => {
    const session = await joinableSession(ctx, input.code);
    const guest = await findGuest(ctx.db, ctx.guestToken, ctx.now());
    const groups = await ctx.db.stakeholderGroup.findMany({
      orderBy: { sortOrder: "asc" },
      select: { key: true, name: true },
    });
    return {
      session,
      joined: guest?.sessionId === session.id ? { name: guest.displayName } : null,
      groups,
      consentText: GUEST_CONSENT_TEXT,
    };
  }),

  join: publicProcedure.input(guestJoinInput).mutation(async ({ ctx, input }) => {
    const session = await joinableSession(ctx, input.code);
    const expiresAt = guestExpiry(session.endsAt);
    await assertRoomFor(ctx.db, session);
    const group = input.stakeholderGroupKey
      ? await ctx.db.stakeholderGroup.findUnique({ where: { key: input.stakeholderGroupKey } })
      : null;
    if (input.stakeholderGroupKey && !group) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a group from the list." });
    }
    const token = newToken();
    const guest = await ctx.db.academyGuest.create({
      data: {
        sessionId: session.id,
        tokenHash: hashToken(token),
        displayName: input.displayName,
        stakeholderGroupId: group?.id ?? null,
        consentText: GUEST_CONSENT_TEXT,
        expiresAt,
      },
    });
    await ctx.db.academyAttendance.create({
      data: {
        sessionId: session.id,
        guestId: guest.id,
        name: guest.displayName,
        stakeholderGroupId: guest.stakeholderGroupId,
      },
    });
    ctx.setCookie(guestCookie(session.joinCode, token, expiresAt, ctx.secure));
    return { joinCode: session.joinCode };
  }),

  live: guestProcedure.query(async ({ ctx }) =>
    loadLiveState(
      ctx.db,
      ctx.session.id,
      ctx.participant,
      ctx.now(),
      await readLiveBoard(ctx, ctx.session.id),
    ),
  ),

  addNote: guestProcedure
    .input(z.object({ note: noteInput }))
    .mutation(({ ctx, input }) => addNote(ctx, ctx.session.id, ctx.participant, input.note)),

  moveNote: guestProcedure
    .input(z.object({ noteId: idInput, clusterId: idInput.nullable() }))
    .mutation(({ ctx, input }) =>
      moveNote(ctx, ctx.session.id, ctx.participant, input.noteId, input.clusterId),
    ),

  createCluster: guestProcedure
    .input(z.object({ title: clusterTitleInput }))
    .mutation(({ ctx, input }) => createCluster(ctx, ctx.session.id, ctx.participant, input.title)),

  vote: guestProcedure.input(z.object({ noteId: idInput })).mutation(async ({ ctx, input }) => {
    const vote = await castVote(ctx, ctx.session.id, ctx.participant, input.noteId, ctx.now());
    await signalLiveChange(ctx, ctx.session.id);
    return vote;
  }),

  withdrawVote: guestProcedure
    .input(z.object({ noteId: idInput }))
    .mutation(async ({ ctx, input }) => {
      await withdrawVote(ctx.db, ctx.session.id, ctx.participant, input.noteId);
      await signalLiveChange(ctx, ctx.session.id);
    }),

  evaluate: guestProcedure
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
