// Benefit measures and their dated actuals, charted in the Making Data Count SPC style.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { Prisma, type BenefitDirection } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { partnershipAccess } from "../../policies/partnership-access.js";
import { spcChart } from "../../services/delivery/spc.js";
import { rollUpMeasures } from "../../services/delivery/rollup.js";
import { actualFields, measureFields } from "../../services/delivery/schemas.js";
import { idInput } from "../../services/delivery/inputs.js";

export const benefitsRouter = router({
  /** One partnership's measures, each with its actuals and SPC analysis. */
  forPartnership: programmeProcedure("partnerships:read")
    .input(z.object({ partnershipId: idInput }))
    .query(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "read");
      const measures = await ctx.db.benefitMeasure.findMany({
        where: { partnershipId: input.partnershipId },
        orderBy: { name: "asc" },
        include: { actuals: { orderBy: { date: "asc" } } },
      });
      return measures.map((m) => ({
        ...m,
        spc: spcChart(m.actuals, m.direction as BenefitDirection, m.target),
      }));
    }),

  /** Measures that two or more partnerships share (same name and unit), averaged by date. */
  rollUp: programmeProcedure("partnerships:read").query(async ({ ctx }) => {
    const measures = await ctx.db.benefitMeasure.findMany({
      where: { partnership: { programmeId: ctx.access.programmeId } },
      include: {
        partnership: { select: { name: true } },
        actuals: { select: { date: true, value: true } },
      },
    });
    return rollUpMeasures(
      measures.map((m) => ({
        partnershipName: m.partnership.name,
        name: m.name,
        unit: m.unit,
        actuals: m.actuals,
      })),
    );
  }),

  createMeasure: programmeProcedure("partnerships:read")
    .input(measureFields.extend({ partnershipId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const { programmeSlug: _slug, ...data } = input;
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      return ctx.db.benefitMeasure.create({ data }).catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "This partnership already has a measure with that name and unit.",
          });
        }
        throw error;
      });
    }),

  /** Records the value for a date; a second value for the same date replaces the first. */
  recordActual: programmeProcedure("partnerships:read")
    .input(actualFields.extend({ measureId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const measure = await ctx.db.benefitMeasure.findFirst({
        where: { id: input.measureId, partnership: { programmeId: ctx.access.programmeId } },
      });
      if (!measure) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that measure." });
      }
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, measure.partnershipId, "edit");
      return ctx.db.benefitActual.upsert({
        where: { measureId_date: { measureId: measure.id, date: input.date } },
        create: { measureId: measure.id, date: input.date, value: input.value },
        update: { value: input.value },
      });
    }),
});
