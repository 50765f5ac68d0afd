// Feedback from anyone, no account needed: the form's choices, sending feedback, following it
// with a private link, and the public "you said, we did" list. Only approved feedback is ever
// public, and only its redacted text.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { FEEDBACK_LIMITS, type Db } from "@coproduce/db";
import { publicProcedure, router } from "../../trpc.js";
import { hashToken } from "../../services/tokens.js";
import { feedbackTarget, resolveFeedbackTarget } from "../../services/feedback/feedback-target.js";
import { submitFeedback } from "../../services/feedback/submit-feedback.js";
import { guarded } from "../../services/guess-limit.js";
import { wholeNumberInput } from "../../number-inputs.js";

const programmeSlug = z.string().min(1).max(100);
/** Published feedback is shown a page at a time: a programme can have tens of thousands. */
export const PUBLISHED_PAGE_SIZE = 20;

async function findProgramme(db: Db, slug: string) {
  const programme = await db.programme.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, allowAnonymousFeedback: true },
  });
  if (!programme) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that programme." });
  }
  return programme;
}

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const feedbackSubmission = z.object({
  programmeSlug,
  target: feedbackTarget,
  rating: wholeNumberInput(
    z
      .number({ error: "Choose how you feel about it." })
      .int()
      .min(1, "Choose how you feel about it.")
      .max(5, "Choose how you feel about it.")
      .nullable(),
  ),
  body: z
    .string({ error: "Tell us what you think." })
    .trim()
    .min(1, "Tell us what you think.")
    .max(
      FEEDBACK_LIMITS.body,
      `Please keep your feedback under ${FEEDBACK_LIMITS.body.toLocaleString("en-GB")} characters.`,
    ),
  name: optionalText(
    FEEDBACK_LIMITS.name,
    `Please keep your name under ${FEEDBACK_LIMITS.name} characters.`,
  ),
  contact: optionalText(
    FEEDBACK_LIMITS.contact,
    `Please keep your contact details under ${FEEDBACK_LIMITS.contact} characters.`,
  ),
  /** Opt-in: only to email the person the programme's reply. */
  replyEmail: z
    .string()
    .trim()
    .max(254, "That email address is too long.")
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(
      z
        .email({ error: "Enter an email address like name@example.org, or leave it empty." })
        .nullable(),
    )
    .nullable()
    .default(null),
  stakeholderGroupKey: z.string().max(50).nullable(),
  placeId: z.string().max(100).nullable(),
  consent: z.boolean(),
  honeypot: z.string().max(1000),
});

export const feedbackRouter = router({
  /** What the feedback form needs: the target's name and the lists to choose from. */
  formOptions: publicProcedure
    .input(z.object({ programmeSlug, target: feedbackTarget }))
    .query(async ({ ctx, input }) => {
      const programme = await findProgramme(ctx.db, input.programmeSlug);
      const [target, stakeholderGroups, places] = await Promise.all([
        resolveFeedbackTarget(ctx.db, programme.id, input.target),
        ctx.db.stakeholderGroup.findMany({
          orderBy: { sortOrder: "asc" },
          select: { key: true, name: true, description: true },
        }),
        ctx.db.place.findMany({
          where: { programmeId: programme.id, level: "place" },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
      ]);
      return { programme, target, stakeholderGroups, places };
    }),

  submit: publicProcedure.input(feedbackSubmission).mutation(async ({ ctx, input }) => {
    const programme = await findProgramme(ctx.db, input.programmeSlug);
    return submitFeedback(ctx.db, {
      ...input,
      programmeId: programme.id,
      allowAnonymous: programme.allowAnonymousFeedback,
      authorId: ctx.user?.id ?? null,
      ip: ctx.ip,
      now: ctx.now(),
    });
  }),

  /** The person's own feedback and what happened to it, through their private link. */
  track: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(async ({ ctx, input }) => {
      const feedback = await guarded(ctx, "feedback-link", () =>
        ctx.db.feedback.findFirst({
          // The link shown after sending, or the one in the latest reply email.
          where: {
            OR: [
              { trackTokenHash: hashToken(input.token) },
              { emailTrackTokenHash: hashToken(input.token) },
            ],
          },
          select: {
            targetTitle: true,
            body: true,
            rating: true,
            createdAt: true,
            moderation: true,
            status: true,
            response: true,
            respondedAt: true,
            changeLabel: true,
            programme: { select: { name: true, slug: true } },
          },
        }),
      );
      if (!feedback) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "We could not find this feedback. Check that you copied the whole link.",
        });
      }
      return feedback;
    }),

  /** Approved feedback with its redacted text and the programme's response, newest first. */
  published: publicProcedure
    .input(
      z.object({
        programmeSlug,
        /** Only feedback tagged with this theme. */
        theme: z.string().max(100).optional(),
        page: z.number().int().min(1).max(100_000).default(1),
      }),
    )
    .query(async ({ ctx, input }) => {
      const programme = await findProgramme(ctx.db, input.programmeSlug);
      const approved = { programmeId: programme.id, moderation: "approved" };
      const where = input.theme
        ? { ...approved, themes: { some: { theme: { name: input.theme } } } }
        : approved;
      const [items, total, themeCounts] = await Promise.all([
        ctx.db.feedback.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (input.page - 1) * PUBLISHED_PAGE_SIZE,
          take: PUBLISHED_PAGE_SIZE,
          select: {
            id: true,
            targetTitle: true,
            publicBody: true,
            rating: true,
            createdAt: true,
            status: true,
            response: true,
            respondedAt: true,
            changeLabel: true,
            stakeholderGroup: { select: { name: true } },
            themes: { select: { theme: { select: { name: true } } } },
          },
        }),
        ctx.db.feedback.count({ where }),
        ctx.db.feedbackTheme.findMany({
          where: { programmeId: programme.id },
          orderBy: { name: "asc" },
          select: {
            name: true,
            _count: { select: { tags: { where: { feedback: { moderation: "approved" } } } } },
          },
        }),
      ]);
      return {
        programme: { name: programme.name, slug: programme.slug },
        items: items.map(({ themes, ...item }) => ({
          ...item,
          themes: themes.map((t) => t.theme.name),
        })),
        total,
        page: input.page,
        pageCount: Math.max(1, Math.ceil(total / PUBLISHED_PAGE_SIZE)),
        themes: themeCounts
          .map((t) => ({ name: t.name, count: t._count.tags }))
          .filter((t) => t.count > 0),
      };
    }),
});
