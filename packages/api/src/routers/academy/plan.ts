// Planning a session (facilitators) and joining it from an account (members).
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import {
  activityStartTimes,
  SESSION_TEMPLATES,
  SESSION_TEMPLATE_KEYS,
} from "../../services/academy/agenda.js";
import {
  activityInput,
  idInput,
  sessionDetailsInput,
  sessionPlanInput,
} from "../../services/academy/inputs.js";
import {
  createSession,
  moveActivity,
  removeActivity,
  updateSessionDetails,
} from "../../services/academy/planning.js";
import { assertRoomFor } from "../../services/academy/capacity.js";
import { wholeNumberInput } from "../../number-inputs.js";
import { sessionInput, sessionOf } from "./member-session.js";

const read = () => programmeProcedure("academy:read");
const takePart = () => programmeProcedure("academy:take-part");
const facilitate = () => programmeProcedure("academy:facilitate");

export const planRouter = router({
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
});
