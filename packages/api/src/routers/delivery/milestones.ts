// Milestones of each partnership, with slippage against the original plan.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { Prisma } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { partnershipAccess } from "../../policies/partnership-access.js";
import { describeSlippage, slippageDays } from "../../services/delivery/slippage.js";
import { milestoneObject, milestoneRules } from "../../services/delivery/schemas.js";
import { idInput } from "../../services/delivery/inputs.js";

function duplicateTitle(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This partnership already has a milestone with that title.",
    });
  }
  throw error;
}

export const milestonesRouter = router({
  /** Every milestone in the programme (or one partnership's), with its slippage. */
  list: programmeProcedure("partnerships:read")
    .input(z.object({ partnershipId: idInput.optional() }))
    .query(async ({ ctx, input }) => {
      if (input.partnershipId) {
        await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "read");
      }
      const milestones = await ctx.db.milestone.findMany({
        where: {
          partnership: { programmeId: ctx.access.programmeId },
          ...(input.partnershipId ? { partnershipId: input.partnershipId } : {}),
        },
        orderBy: [{ partnership: { name: "asc" } }, { plannedDate: "asc" }],
        include: { partnership: { select: { id: true, name: true } } },
      });
      return milestones.map((m) => {
        const days = slippageDays(m);
        return { ...m, slippageDays: days, slippage: describeSlippage(days) };
      });
    }),

  create: programmeProcedure("partnerships:read")
    .input(milestoneRules(milestoneObject.extend({ partnershipId: idInput })))
    .mutation(async ({ ctx, input }) => {
      const { programmeSlug: _slug, ...data } = input;
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      return ctx.db.milestone.create({ data }).catch(duplicateTitle);
    }),

  /** The planned date is the baseline: an update keeps it, so slippage stays honest. */
  update: programmeProcedure("partnerships:read")
    .input(milestoneRules(milestoneObject.extend({ milestoneId: idInput })))
    .mutation(async ({ ctx, input }) => {
      const milestone = await ctx.db.milestone.findFirst({
        where: { id: input.milestoneId, partnership: { programmeId: ctx.access.programmeId } },
      });
      if (!milestone) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that milestone." });
      }
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, milestone.partnershipId, "edit");
      return ctx.db.milestone
        .update({
          where: { id: milestone.id },
          data: {
            title: input.title,
            owner: input.owner,
            status: input.status,
            forecastDate: input.forecastDate,
            actualDate: input.actualDate,
          },
        })
        .catch(duplicateTitle);
    }),
});
