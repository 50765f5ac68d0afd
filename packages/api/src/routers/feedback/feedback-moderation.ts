// The moderation queue for facilitators and admins: read what people sent, remove personal
// details, tag themes, assign an owner, publish or reject, and respond ("you said, we did").
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { FEEDBACK_LIMITS, FEEDBACK_MODERATION, FEEDBACK_STATUSES, type Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { redactPersonalDetails } from "../../services/feedback/redaction.js";
import { parseThemeNames, setFeedbackThemes } from "../../services/feedback/themes.js";
import { describeChange, changeOptions } from "../../services/feedback/change-links.js";
import { alertPartners } from "../../services/feedback/alert-partners.js";
import { tellFeedbackAuthor } from "../../services/feedback/reply-email.js";

const feedbackId = z.string().min(1).max(100);

async function findFeedback(db: Db, programmeId: string, id: string) {
  const feedback = await db.feedback.findFirst({ where: { id, programmeId } });
  if (!feedback) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that feedback." });
  }
  return feedback;
}

const publicText = z
  .string()
  .trim()
  .min(1, "Write the text to publish. Remove personal details, do not leave it empty.")
  .max(
    FEEDBACK_LIMITS.body,
    `Use at most ${FEEDBACK_LIMITS.body.toLocaleString("en-GB")} characters.`,
  );

export const feedbackModerationRouter = router({
  queue: programmeProcedure("feedback:moderate")
    .input(z.object({ view: z.enum(FEEDBACK_MODERATION) }))
    .query(async ({ ctx, input }) => {
      const programmeId = ctx.access.programmeId;
      const [items, counts] = await Promise.all([
        ctx.db.feedback.findMany({
          where: { programmeId, moderation: input.view },
          orderBy: { createdAt: input.view === "pending" ? "asc" : "desc" },
          take: 200,
          select: {
            id: true,
            targetTitle: true,
            body: true,
            rating: true,
            createdAt: true,
            status: true,
            owner: { select: { name: true } },
            stakeholderGroup: { select: { name: true } },
          },
        }),
        ctx.db.feedback.groupBy({
          by: ["moderation"],
          where: { programmeId },
          _count: { _all: true },
        }),
      ]);
      const count = Object.fromEntries(counts.map((c) => [c.moderation, c._count._all]));
      return {
        items,
        counts: Object.fromEntries(FEEDBACK_MODERATION.map((m) => [m, count[m] ?? 0])) as Record<
          (typeof FEEDBACK_MODERATION)[number],
          number
        >,
      };
    }),

  item: programmeProcedure("feedback:moderate")
    .input(z.object({ feedbackId }))
    .query(async ({ ctx, input }) => {
      const programmeId = ctx.access.programmeId;
      await findFeedback(ctx.db, programmeId, input.feedbackId);
      const [feedback, themes, moderators, changes] = await Promise.all([
        ctx.db.feedback.findUniqueOrThrow({
          where: { id: input.feedbackId },
          include: {
            stakeholderGroup: { select: { name: true } },
            place: { select: { name: true } },
            owner: { select: { id: true, name: true } },
            moderatedBy: { select: { name: true } },
            respondedBy: { select: { name: true } },
            themes: { select: { theme: { select: { name: true } } } },
          },
        }),
        ctx.db.feedbackTheme.findMany({
          where: { programmeId, curated: true },
          orderBy: { name: "asc" },
          select: { name: true },
        }),
        ctx.db.membership.findMany({
          where: { programmeId, role: { in: ["admin", "facilitator", "editor"] } },
          orderBy: { user: { name: "asc" } },
          select: { user: { select: { id: true, name: true } } },
        }),
        changeOptions(ctx.db, programmeId),
      ]);
      const { trackTokenHash: _token, senderHash: _sender, ...details } = feedback;
      return {
        feedback: { ...details, themes: feedback.themes.map((t) => t.theme.name) },
        suggestedPublicBody: feedback.publicBody ?? redactPersonalDetails(feedback.body),
        programmeThemes: themes.map((t) => t.name),
        possibleOwners: moderators.map((m) => m.user),
        changeOptions: changes,
      };
    }),

  /** Saves the text to publish (personal details removed), themes and owner. */
  prepare: programmeProcedure("feedback:moderate")
    .input(
      z.object({
        feedbackId,
        publicBody: publicText,
        themes: z.string().max(500, "Use at most 500 characters for themes."),
        ownerId: z.string().max(100).nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const programmeId = ctx.access.programmeId;
      await findFeedback(ctx.db, programmeId, input.feedbackId);
      if (input.ownerId) {
        const owner = await ctx.db.membership.findFirst({
          where: { programmeId, userId: input.ownerId },
        });
        if (!owner)
          throw new TRPCError({ code: "BAD_REQUEST", message: "Choose an owner from the list." });
      }
      const themeNames = parseThemeNames(input.themes);
      if (themeNames.some((name) => name.length > 60)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Keep each theme under 60 characters.",
        });
      }
      await setFeedbackThemes(ctx.db, programmeId, input.feedbackId, themeNames);
      await ctx.db.feedback.update({
        where: { id: input.feedbackId },
        // Automatic redaction runs again on the moderator's text: whatever is saved here is safe
        // to publish.
        data: { publicBody: redactPersonalDetails(input.publicBody), ownerId: input.ownerId },
      });
      return { themes: themeNames };
    }),

  decide: programmeProcedure("feedback:moderate")
    .input(
      z.discriminatedUnion("decision", [
        z.object({ feedbackId, decision: z.literal("approve") }),
        z.object({
          feedbackId,
          decision: z.literal("reject"),
          reason: z
            .string()
            .trim()
            .min(1, "Say why it is not published, for the record.")
            .max(500, "Use at most 500 characters for the reason."),
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const feedback = await findFeedback(ctx.db, ctx.access.programmeId, input.feedbackId);
      const moderated = { moderatedAt: ctx.now(), moderatedById: ctx.user.id };
      if (input.decision === "approve") {
        return ctx.db.feedback.update({
          where: { id: feedback.id },
          data: {
            ...moderated,
            moderation: "approved",
            rejectionReason: null,
            // Never publish raw text: the prepared text, or the automatically redacted one.
            publicBody: redactPersonalDetails(feedback.publicBody ?? feedback.body),
          },
          select: { id: true, moderation: true },
        });
      }
      return ctx.db.feedback.update({
        where: { id: feedback.id },
        data: { ...moderated, moderation: "rejected", rejectionReason: input.reason },
        select: { id: true, moderation: true },
      });
    }),

  /** "You said, we did": the response, its status and what changed because of it. */
  respond: programmeProcedure("feedback:moderate")
    .input(
      z.object({
        feedbackId,
        status: z.enum(FEEDBACK_STATUSES, { error: "Choose a status from the list." }),
        response: z
          .string()
          .trim()
          .max(
            FEEDBACK_LIMITS.response,
            `Use at most ${FEEDBACK_LIMITS.response.toLocaleString("en-GB")} characters.`,
          ),
        /** "section:<id>", "release:<version>", "partnership:<id>" or "" for nothing. */
        change: z.string().max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const programmeId = ctx.access.programmeId;
      const feedback = await findFeedback(ctx.db, programmeId, input.feedbackId);
      if (input.status !== "received" && input.response === "") {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            input.status === "not_changed"
              ? "Say why nothing was changed: people deserve a reason."
              : "Write a response, so the person knows what you did.",
        });
      }
      const change = input.change ? await describeChange(ctx.db, programmeId, input.change) : null;
      const updated = await ctx.db.feedback.update({
        where: { id: feedback.id },
        data: {
          status: input.status,
          response: input.response || null,
          respondedAt: input.response ? ctx.now() : null,
          respondedById: input.response ? ctx.user.id : null,
          changeType: change?.type ?? null,
          changeId: change?.id ?? null,
          changeLabel: change?.label ?? null,
        },
        select: {
          id: true,
          status: true,
          moderation: true,
          targetType: true,
          targetId: true,
          targetTitle: true,
        },
      });
      // Only a new or changed reply is sent: saving the status again tells nobody again.
      if (input.response && input.response !== feedback.response) {
        const programme = await ctx.db.programme.findUniqueOrThrow({
          where: { id: programmeId },
          select: { name: true, slug: true },
        });
        await tellFeedbackAuthor(ctx.db, { ...feedback, programme }, input.response, ctx.user.id);
      }
      if (input.response) {
        await alertPartners(ctx.db, {
          programmeId,
          programmeSlug: ctx.access.programmeSlug,
          actor: { id: ctx.user.id, name: ctx.user.name },
          feedback: updated,
        });
      }
      return { id: updated.id, status: updated.status };
    }),
});
