// CSV export and import (with a preview) for the delivery-model data.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { editablePartnershipIds } from "../../policies/partnership-access.js";
import { CSV_KINDS, exportCsv, importCsv, validateCsv } from "../../services/delivery/csv.js";
import type { Context, ProgrammeAccess } from "../../context.js";

const kindInput = z.enum(CSV_KINDS, { error: "Choose what the file contains." });
const csvInput = z
  .string({ error: "Choose a CSV file." })
  .min(1, "Choose a CSV file.")
  .max(2_000_000, "The file is too large: use at most 2 MB.");

/** Only admins may add places; for anyone else the box changes nothing. */
const createMissingPlacesInput = z.boolean().default(false);

async function importContext(
  ctx: Context & { user: { id: string }; access: ProgrammeAccess },
  createMissingPlaces: boolean,
) {
  const editable = await editablePartnershipIds(ctx.db, ctx.access, ctx.user.id);
  if (ctx.access.role !== "admin" && editable.size === 0) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only members of a partnership and admins can import its data.",
    });
  }
  return {
    db: ctx.db,
    programmeId: ctx.access.programmeId,
    userId: ctx.user.id,
    isAdmin: ctx.access.role === "admin",
    editable,
    createMissingPlaces: createMissingPlaces && roleCan(ctx.access.role, "places:manage"),
  };
}

export const deliveryCsvRouter = router({
  export: programmeProcedure("partnerships:read")
    .input(z.object({ kind: kindInput }))
    .query(async ({ ctx, input }) => ({
      filename: `${ctx.access.programmeSlug}-${input.kind.replace("_", "-")}.csv`,
      csv: await exportCsv(ctx.db, ctx.access.programmeId, input.kind),
    })),

  /** Checks a file row by row and says what would change. Writes nothing. */
  preview: programmeProcedure("partnerships:edit")
    .input(
      z.object({
        kind: kindInput,
        csv: csvInput,
        createMissingPlaces: createMissingPlacesInput,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { fileErrors, rows, missingPlaces } = await validateCsv(
        await importContext(ctx, input.createMissingPlaces),
        input.kind,
        input.csv,
      );
      return { fileErrors, rows: rows.map((r) => r.result), missingPlaces };
    }),

  /** Imports the file, or nothing at all if any row has an error. */
  import: programmeProcedure("partnerships:edit")
    .input(
      z.object({
        kind: kindInput,
        csv: csvInput,
        createMissingPlaces: createMissingPlacesInput,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await importCsv(
        await importContext(ctx, input.createMissingPlaces),
        input.kind,
        input.csv,
      );
      if (result.imported === 0) {
        const failed = result.rows.filter((r) => r.errors.length).length;
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: result.fileErrors.length
            ? `Nothing was imported. ${result.fileErrors.join(" ")}`
            : `Nothing was imported: ${failed === 1 ? "1 row has" : `${failed} rows have`} errors. Fix them and try again.`,
        });
      }
      return { imported: result.imported, placesAdded: result.placesAdded };
    }),
});
