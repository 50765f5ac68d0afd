// Who has taken part in the programme, by stakeholder group and by place, against targets.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { ACTIVITIES, tally } from "../../services/representation/tally.js";
import { loadParticipation } from "../../services/representation/participation.js";
import { wholeNumberInput } from "../../number-inputs.js";

export const representationRouter = router({
  report: programmeProcedure("representation:read").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [participation, groups, places, targets] = await Promise.all([
      loadParticipation(ctx.db, programmeId),
      ctx.db.stakeholderGroup.findMany({
        orderBy: { sortOrder: "asc" },
        select: { key: true, name: true },
      }),
      ctx.db.place.findMany({
        where: { programmeId, level: "place" },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      ctx.db.representationTarget.findMany({
        where: { programmeId },
        select: { targetPercent: true, stakeholderGroup: { select: { key: true } } },
      }),
    ]);
    const targetByGroup = new Map(targets.map((t) => [t.stakeholderGroup.key, t.targetPercent]));
    return {
      activities: ACTIVITIES,
      total: participation.length,
      byGroup: tally(participation, (p) => p.groupKey, groups, targetByGroup),
      byPlace: tally(
        participation,
        (p) => p.placeId,
        places.map((p) => ({ key: p.id, name: p.name })),
      ),
      canManage: roleCan(ctx.access.role, "representation:manage"),
    };
  }),

  /** Sets every group's target share in one go; an empty value clears that group's target. */
  setTargets: programmeProcedure("representation:manage")
    .input(
      z.object({
        targets: z
          .array(
            z.object({
              stakeholderGroupKey: z.string().min(1).max(50),
              targetPercent: wholeNumberInput(
                z
                  .number({ error: "Write each target as a whole number from 0 to 100." })
                  .int("Write each target as a whole number from 0 to 100.")
                  .min(0, "Write each target as a whole number from 0 to 100.")
                  .max(100, "Write each target as a whole number from 0 to 100.")
                  .nullable(),
              ),
            }),
          )
          .max(50),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const programmeId = ctx.access.programmeId;
      const sum = input.targets.reduce((total, t) => total + (t.targetPercent ?? 0), 0);
      if (sum > 100) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `The targets add up to ${sum}%. They can add up to 100% at most.`,
        });
      }
      const groups = await ctx.db.stakeholderGroup.findMany({ select: { id: true, key: true } });
      const idByKey = new Map(groups.map((g) => [g.key, g.id]));
      const unknown = input.targets.find((t) => !idByKey.has(t.stakeholderGroupKey));
      if (unknown) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Choose groups from the list." });
      }
      await ctx.db.$transaction([
        ctx.db.representationTarget.deleteMany({ where: { programmeId } }),
        ctx.db.representationTarget.createMany({
          data: input.targets
            .filter((t) => t.targetPercent !== null)
            .map((t) => ({
              programmeId,
              stakeholderGroupId: idByKey.get(t.stakeholderGroupKey)!,
              targetPercent: t.targetPercent!,
            })),
        }),
      ]);
      return { saved: true };
    }),
});
