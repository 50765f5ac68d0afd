// Readiness self-assessments against the 12 practical considerations.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { partnershipAccess } from "../../policies/partnership-access.js";
import { meanScore, readinessPercent } from "../../services/delivery/readiness.js";
import { dateInput, idInput, optionalText } from "../../services/delivery/inputs.js";
import { wholeNumberInput } from "../../number-inputs.js";

const scoreInput = z.object({
  considerationId: idInput,
  score: wholeNumberInput(
    z
      .number({ error: "Choose a score from 1 to 5." })
      .int("Choose a score from 1 to 5.")
      .min(1, "Choose a score from 1 to 5.")
      .max(5, "Choose a score from 1 to 5."),
  ),
  evidence: optionalText("the evidence", 2000),
  actions: optionalText("the actions", 2000),
});

function summarise(assessment: { scores: { score: number; consideration: { number: number } }[] }) {
  const scores = assessment.scores.map((s) => ({
    considerationNumber: s.consideration.number,
    score: s.score,
  }));
  return { percent: readinessPercent(scores), mean: meanScore(scores) };
}

const assessmentInclude = {
  createdBy: { select: { name: true } },
  scores: {
    include: { consideration: { select: { number: true, title: true } } },
    orderBy: { consideration: { number: "asc" as const } },
  },
};

export const readinessRouter = router({
  considerations: programmeProcedure("partnerships:read").query(({ ctx }) =>
    ctx.db.practicalConsideration.findMany({ orderBy: { number: "asc" } }),
  ),

  /** Every assessment of one partnership, newest first: its history of scores. */
  history: programmeProcedure("partnerships:read")
    .input(z.object({ partnershipId: idInput }))
    .query(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "read");
      const assessments = await ctx.db.readinessAssessment.findMany({
        where: { partnershipId: input.partnershipId },
        orderBy: { assessedOn: "desc" },
        include: assessmentInclude,
      });
      return assessments.map((a) => ({ ...a, ...summarise(a) }));
    }),

  /** The latest assessment of each partnership, for comparing them. */
  comparison: programmeProcedure("partnerships:read").query(async ({ ctx }) => {
    const partnerships = await ctx.db.partnership.findMany({
      where: { programmeId: ctx.access.programmeId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        readinessAssessments: {
          orderBy: { assessedOn: "desc" },
          take: 1,
          include: assessmentInclude,
        },
      },
    });
    return partnerships.map((p) => {
      const latest = p.readinessAssessments[0];
      return {
        id: p.id,
        name: p.name,
        latest: latest ? { ...latest, ...summarise(latest) } : null,
      };
    });
  }),

  /** A new assessment: a date and a score for every one of the 12 considerations. */
  create: programmeProcedure("partnerships:read")
    .input(
      z.object({
        partnershipId: idInput,
        assessedOn: dateInput("the date of the assessment"),
        scores: z.array(scoreInput).max(50),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      const considerations = await ctx.db.practicalConsideration.findMany({
        select: { id: true },
      });
      const given = new Set(input.scores.map((s) => s.considerationId));
      if (
        given.size !== input.scores.length ||
        considerations.length !== given.size ||
        considerations.some((c) => !given.has(c.id))
      ) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Score each of the ${considerations.length} practical considerations once.`,
        });
      }
      return ctx.db.readinessAssessment.create({
        data: {
          partnershipId: input.partnershipId,
          assessedOn: input.assessedOn,
          createdById: ctx.user.id,
          scores: { create: input.scores },
        },
        select: { id: true },
      });
    }),
});
