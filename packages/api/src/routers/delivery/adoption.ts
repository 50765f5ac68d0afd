// The adoption matrix: toolkit sections (rows) × partnerships (columns).
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { CARE_MODEL_TYPES, PARTNERSHIP_STATUSES } from "@coproduce/db";
import {
  adoptionMatrixPage,
  partnershipAdoption,
  toolkitSections,
} from "../../services/delivery/adoption-matrix.js";
import { programmeProcedure, router } from "../../trpc.js";
import { partnershipAccess } from "../../policies/partnership-access.js";
import { adoptionCellObject, adoptionRules } from "../../services/delivery/schemas.js";
import { idInput } from "../../services/delivery/inputs.js";

export const adoptionRouter = router({
  /** One page of rows (or one section's row) with their cells; pages start at 1. */
  matrix: programmeProcedure("partnerships:read")
    .input(
      z.object({
        page: z.number().int().min(1).max(100_000).default(1),
        /** Which 20 partnerships (columns) to show, from 1. */
        partnershipPage: z.number().int().min(1).max(100_000).default(1),
        sectionId: idInput.optional(),
        careModelType: z.enum(CARE_MODEL_TYPES).optional(),
        placeId: idInput.optional(),
        /** A place's name or part of it; ignored when placeId is given. */
        placeName: z.string().max(200).optional(),
        status: z.enum(PARTNERSHIP_STATUSES).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { programmeSlug: _slug, ...options } = input;
      return adoptionMatrixPage(ctx.db, ctx.access.programmeId, options);
    }),

  /** Every toolkit section with one partnership's cells, for that partnership's page. */
  forPartnership: programmeProcedure("partnerships:read")
    .input(z.object({ partnershipId: idInput }))
    .query(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "read");
      return partnershipAdoption(ctx.db, ctx.access.programmeId, input.partnershipId);
    }),

  setCell: programmeProcedure("partnerships:read")
    .input(adoptionRules(adoptionCellObject.extend({ partnershipId: idInput })))
    .mutation(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      const [section] = await toolkitSections(ctx.db, ctx.access.programmeId, {
        id: input.sectionId,
      });
      if (!section) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that section." });
      }
      const data = {
        status: input.status,
        variation: input.variation,
        plannedFor: input.plannedFor,
        reason: input.reason,
        evidence: input.evidence,
        updatedById: ctx.user.id,
      };
      return ctx.db.adoptionCell.upsert({
        where: {
          partnershipId_sectionId: { partnershipId: input.partnershipId, sectionId: section.id },
        },
        create: { ...data, partnershipId: input.partnershipId, sectionId: section.id },
        update: data,
      });
    }),
});
