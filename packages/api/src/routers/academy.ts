// Change Academy for members: plan sessions, run them live (facilitators), take part, and read
// the record afterwards. Guests use routers/academy-guest.ts instead.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../trpc.js";
import { roleCan } from "../permissions.js";
import type { Context, ProgrammeAccess } from "../context.js";
import type { SessionUser } from "../services/sessions.js";
import {
  activityStartTimes,
  SESSION_TEMPLATES,
  SESSION_TEMPLATE_KEYS,
} from "../services/academy/agenda.js";
import {
  activityInput,
  clusterTitleInput,
  evaluationInput,
  idInput,
  noteInput,
  outputInput,
  outputStatusInput,
  sessionDetailsInput,
  sessionPlanInput,
  voteRoundInput,
} from "../services/academy/inputs.js";
import {
  createSession,
  moveActivity,
  removeActivity,
  updateSessionDetails,
} from "../services/academy/planning.js";
import { goBack, goToActivity, setTimer } from "../services/academy/run-control.js";
import {
  addNote,
  castVote,
  createCluster,
  moveNote,
  readLiveBoard,
  signalLiveChange,
  syncBoardRows,
  withdrawVote,
} from "../services/academy/board.js";
import { loadLiveState } from "../services/academy/live-state.js";
import { inviteToEvaluate } from "../services/academy/evaluation-invites.js";
import { memberParticipant } from "../services/academy/participant.js";
import { assertRoomFor } from "../services/academy/capacity.js";
import { loadSessionRecord, outputsToCsv, recordToMarkdown } from "../services/academy/record.js";
import { wholeNumberInput } from "../number-inputs.js";

type MemberCtx = Context & { user: SessionUser; access: ProgrammeAccess };

const sessionInput = z.object({ sessionId: idInput });

/** The session, if it belongs to this programme; otherwise "not found". */
async function sessionOf(ctx: MemberCtx, sessionId: string) {
  const session = await ctx.db.academySession.findFirst({
    where: { id: sessionId, programmeId: ctx.access.programmeId },
  });
  if (!session) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that session." });
  }
  return session;
}

function participantOf(ctx: MemberCtx) {
  return memberParticipant(ctx.user, roleCan(ctx.access.role, "academy:facilitate"));
}

const read = () => programmeProcedure("academy:read");
const takePart = () => programmeProcedure("academy:take-part");
const facilitate = () => programmeProcedure("academy:facilitate");

export const academyRouter = router({
  list: read().query(async ({ ctx }) => {
    const sessions = await ctx.db.academySession.findMany({
      where: { programmeId: ctx.access.programmeId },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        place: true,
        endedAt: true,
        _count: { select: { attendances: true, outputs: true } },
      },
    });
    const now = ctx.now();
    return {
      upcoming: sessions.filter((s) => !s.endedAt && s.endsAt > now),
      past: sessions.filter((s) => s.endedAt || s.endsAt <= now).reverse(),
      canFacilitate: roleCan(ctx.access.role, "academy:facilitate"),
      templates: SESSION_TEMPLATE_KEYS.map((key) => ({ key, label: SESSION_TEMPLATES[key].label })),
    };
  }),

  create: facilitate()
    .input(sessionPlanInput)
    .mutation(({ ctx, input }) => {
      const { programmeSlug: _slug, ...plan } = input;
      return createSession(ctx.db, ctx.access.programmeId, ctx.user.id, plan);
    }),

  /** Changes the details set when planning, until the session has ended. */
  update: facilitate()
    .input(sessionDetailsInput)
    .mutation(async ({ ctx, input }) => {
      const { programmeSlug: _slug, sessionId, ...details } = input;
      const session = await sessionOf(ctx, sessionId);
      await updateSessionDetails(ctx.db, session, details, ctx.now());
    }),

  /** The plan: details and agenda with computed start times. */
  session: read()
    .input(sessionInput)
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const activities = await ctx.db.academyActivity.findMany({
        where: { sessionId: session.id },
        orderBy: { position: "asc" },
      });
      const starts = activityStartTimes(session.startsAt, activities);
      const attending = await ctx.db.academyAttendance.count({ where: { sessionId: session.id } });
      const joined = await ctx.db.academyAttendance.findUnique({
        where: { sessionId_userId: { sessionId: session.id, userId: ctx.user.id } },
      });
      return {
        ...session,
        activities: activities.map((a, i) => ({ ...a, startsAt: starts[i]! })),
        attending,
        joined: Boolean(joined),
        canFacilitate: roleCan(ctx.access.role, "academy:facilitate"),
      };
    }),

  addActivity: facilitate()
    .input(sessionInput.extend({ activity: activityInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const position = await ctx.db.academyActivity.count({ where: { sessionId: session.id } });
      return ctx.db.academyActivity.create({
        data: { ...input.activity, sessionId: session.id, position },
        select: { id: true },
      });
    }),

  /** One step up or down (the buttons), or straight to a place (drag and drop). */
  moveActivity: facilitate()
    .input(
      z.union([
        sessionInput.extend({ activityId: idInput, direction: z.enum(["up", "down"]) }),
        sessionInput.extend({
          activityId: idInput,
          toIndex: wholeNumberInput(z.number().int().min(0).max(1000)),
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await moveActivity(ctx.db, session.id, input.activityId, input);
    }),

  removeActivity: facilitate()
    .input(sessionInput.extend({ activityId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await removeActivity(ctx.db, session.id, input.activityId);
    }),

  /** A member joins from their account: counted in the attendance. */
  join: takePart()
    .input(sessionInput)
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const already = await ctx.db.academyAttendance.findUnique({
        where: { sessionId_userId: { sessionId: session.id, userId: ctx.user.id } },
      });
      if (already) return;
      await assertRoomFor(ctx.db, session);
      const membership = await ctx.db.membership.findFirst({
        where: { userId: ctx.user.id, programmeId: ctx.access.programmeId },
        select: { stakeholderGroupId: true },
      });
      await ctx.db.academyAttendance.upsert({
        where: { sessionId_userId: { sessionId: session.id, userId: ctx.user.id } },
        create: {
          sessionId: session.id,
          userId: ctx.user.id,
          name: ctx.user.name,
          stakeholderGroupId: membership?.stakeholderGroupId ?? null,
        },
        update: {},
      });
    }),

  live: read()
    .input(sessionInput)
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const board = await readLiveBoard(ctx, session.id);
      return loadLiveState(ctx.db, session.id, participantOf(ctx), ctx.now(), board);
    }),

  /** Brings everyone to this activity. */
  goTo: facilitate()
    .input(sessionInput.extend({ index: wholeNumberInput(z.number().int().min(0).max(1000)) }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await goToActivity(ctx.db, session.id, input.index, ctx.now());
      await signalLiveChange(ctx, session.id);
    }),

  back: facilitate()
    .input(sessionInput)
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await goBack(ctx.db, session.id);
      await signalLiveChange(ctx, session.id);
    }),

  setTimer: facilitate()
    .input(
      sessionInput.extend({
        minutes: wholeNumberInput(
          z
            .number({ error: "Write the minutes as a whole number." })
            .int("Write the minutes as a whole number.")
            .min(1, "A timer runs at least 1 minute.")
            .max(180, "A timer runs at most 180 minutes.")
            .nullable(),
        ),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await setTimer(ctx.db, session.id, input.minutes, ctx.now());
      await signalLiveChange(ctx, session.id);
    }),

  boardSettings: facilitate()
    .input(sessionInput.extend({ locked: z.boolean(), anonymousNotes: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await ctx.db.academySession.update({
        where: { id: session.id },
        data: { boardLocked: input.locked, anonymousNotes: input.anonymousNotes },
      });
      await signalLiveChange(ctx, session.id);
    }),

  end: facilitate()
    .input(sessionInput)
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const now = ctx.now();
      // Ending closes the vote and reveals its results: the record keeps every round's votes,
      // also when the facilitator never pressed "Reveal the results".
      await ctx.db.$transaction([
        ctx.db.academyVoteRound.updateMany({
          where: { sessionId: session.id, closedAt: null },
          data: { closedAt: now },
        }),
        ctx.db.academyVoteRound.updateMany({
          where: { sessionId: session.id, revealedAt: null },
          data: { revealedAt: now },
        }),
        ctx.db.academySession.update({
          where: { id: session.id },
          data: { endedAt: now, timerEndsAt: null },
        }),
      ]);
      // The record is read from the rows: bring them up to date with the board as it ended.
      await syncBoardRows(ctx, session.id);
      if (!session.endedAt) {
        await inviteToEvaluate(ctx.db, {
          programmeId: ctx.access.programmeId,
          programmeSlug: input.programmeSlug,
          session,
          endedBy: ctx.user,
        });
      }
      await signalLiveChange(ctx, session.id);
    }),

  addNote: takePart()
    .input(sessionInput.extend({ note: noteInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      return addNote(ctx, session.id, participantOf(ctx), input.note);
    }),

  moveNote: takePart()
    .input(sessionInput.extend({ noteId: idInput, clusterId: idInput.nullable() }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await moveNote(ctx, session.id, participantOf(ctx), input.noteId, input.clusterId);
    }),

  createCluster: takePart()
    .input(sessionInput.extend({ title: clusterTitleInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      return createCluster(ctx, session.id, participantOf(ctx), input.title);
    }),

  startVoteRound: facilitate()
    .input(sessionInput.extend({ rules: voteRoundInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const now = ctx.now();
      const { durationMinutes, ...rules } = input.rules;
      // One round at a time: starting a new one closes the last.
      const [, round] = await ctx.db.$transaction([
        ctx.db.academyVoteRound.updateMany({
          where: { sessionId: session.id, closedAt: null },
          data: { closedAt: now },
        }),
        ctx.db.academyVoteRound.create({
          data: {
            ...rules,
            sessionId: session.id,
            endsAt: durationMinutes ? new Date(now.getTime() + durationMinutes * 60_000) : null,
          },
          select: { id: true },
        }),
      ]);
      await signalLiveChange(ctx, session.id);
      return round;
    }),

  vote: takePart()
    .input(sessionInput.extend({ noteId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const vote = await castVote(ctx, session.id, participantOf(ctx), input.noteId, ctx.now());
      await signalLiveChange(ctx, session.id);
      return vote;
    }),

  withdrawVote: takePart()
    .input(sessionInput.extend({ noteId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await withdrawVote(ctx.db, session.id, participantOf(ctx), input.noteId);
      await signalLiveChange(ctx, session.id);
    }),

  /** Closes the latest round and shows everyone its results. */
  revealVotes: facilitate()
    .input(sessionInput)
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const round = await ctx.db.academyVoteRound.findFirst({
        where: { sessionId: session.id },
        orderBy: { createdAt: "desc" },
      });
      if (!round) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "There is no vote to reveal." });
      }
      const now = ctx.now();
      await ctx.db.academyVoteRound.update({
        where: { id: round.id },
        data: { revealedAt: round.revealedAt ?? now, closedAt: round.closedAt ?? now },
      });
      await signalLiveChange(ctx, session.id);
    }),

  createOutput: facilitate()
    .input(sessionInput.extend({ output: outputInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const { output } = input;
      const programmeId = ctx.access.programmeId;
      // A note or group made moments ago may not be in the rows yet.
      if (output.noteId || output.clusterId) await syncBoardRows(ctx, session.id);
      const checks = await Promise.all([
        output.noteId
          ? ctx.db.academyNote.count({ where: { id: output.noteId, sessionId: session.id } })
          : 1,
        output.clusterId
          ? ctx.db.academyCluster.count({ where: { id: output.clusterId, sessionId: session.id } })
          : 1,
        output.sectionId
          ? ctx.db.section.count({
              where: { id: output.sectionId, document: { toolbox: { programmeId } } },
            })
          : 1,
        output.partnershipId
          ? ctx.db.partnership.count({ where: { id: output.partnershipId, programmeId } })
          : 1,
      ]);
      if (checks.some((count) => count === 0)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Choose a note, group, section and partnership from this programme.",
        });
      }
      const isAction = output.kind === "action";
      const created = await ctx.db.academyOutput.create({
        data: {
          ...output,
          ownerName: isAction ? output.ownerName || null : null,
          dueDate: isAction ? output.dueDate : null,
          sessionId: session.id,
        },
        select: { id: true },
      });
      await signalLiveChange(ctx, session.id);
      return created;
    }),

  /** Tracks an action after the session. */
  setOutputStatus: facilitate()
    .input(sessionInput.extend({ outputId: idInput, status: outputStatusInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const updated = await ctx.db.academyOutput.updateMany({
        where: { id: input.outputId, sessionId: session.id },
        data: { status: input.status },
      });
      if (updated.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that output." });
      }
    }),

  /** Sections and partnerships an output can be linked to. */
  outputTargets: facilitate().query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [sections, partnerships] = await Promise.all([
      ctx.db.section.findMany({
        where: { archivedAt: null, document: { toolbox: { programmeId } } },
        orderBy: [{ document: { sortOrder: "asc" } }, { sortOrder: "asc" }],
        select: { id: true, title: true, document: { select: { title: true } } },
      }),
      ctx.db.partnership.findMany({
        where: { programmeId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
    ]);
    return {
      sections: sections.map((s) => ({ id: s.id, title: `${s.document.title}: ${s.title}` })),
      partnerships,
    };
  }),

  record: read()
    .input(sessionInput)
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await syncBoardRows(ctx, session.id);
      const record = await loadSessionRecord(ctx.db, session.id);
      return { ...record, canFacilitate: roleCan(ctx.access.role, "academy:facilitate") };
    }),

  exportRecord: read()
    .input(sessionInput.extend({ format: z.enum(["markdown", "csv"]) }))
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await syncBoardRows(ctx, session.id);
      const record = await loadSessionRecord(ctx.db, session.id);
      return input.format === "markdown" ? recordToMarkdown(record) : outputsToCsv(record);
    }),

  evaluate: takePart()
    .input(sessionInput.extend({ evaluation: evaluationInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const voterKey = `user:${ctx.user.id}`;
      await ctx.db.academyEvaluation.upsert({
        where: { sessionId_voterKey: { sessionId: session.id, voterKey } },
        create: { ...input.evaluation, sessionId: session.id, voterKey },
        update: input.evaluation,
      });
    }),

  /** Outputs linked to one toolkit section, for "From the Change Academy" on its page. */
  sectionOutputs: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: idInput }))
    .query(({ ctx, input }) =>
      ctx.db.academyOutput.findMany({
        where: { sectionId: input.sectionId, session: { programmeId: ctx.access.programmeId } },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          kind: true,
          title: true,
          status: true,
          session: { select: { id: true, title: true, startsAt: true } },
        },
      }),
    ),
});
