// Places of a programme (system › place › locality › neighbourhood): everyone reads them,
// admins add, rename and move them. Partnerships, organisations and feedback refer to places.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { PLACE_LEVELS } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { idInput, lineText } from "../../services/delivery/inputs.js";
import { loadPlaces, placementProblem, treeOrder } from "../../services/delivery/places.js";

const placeFields = z.object({
  name: lineText("a name for the place", 200),
  level: z.enum(PLACE_LEVELS, { error: "Choose a level from the list." }),
  parentId: idInput
    .or(z.literal(""))
    .nullish()
    .transform((v) => v || null),
});

export const placesRouter = router({
  /** Every place in tree order, with how many partnerships each has. */
  list: programmeProcedure("partnerships:read").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [places, counts] = await Promise.all([
      loadPlaces(ctx.db, programmeId),
      ctx.db.partnership.groupBy({
        by: ["placeId"],
        where: { programmeId },
        _count: { _all: true },
      }),
    ]);
    const partnerships = new Map(counts.map((c) => [c.placeId, c._count._all]));
    return {
      places: treeOrder(places).map((p) => ({ ...p, partnerships: partnerships.get(p.id) ?? 0 })),
      canManage: roleCan(ctx.access.role, "places:manage"),
    };
  }),

  create: programmeProcedure("places:manage")
    .input(placeFields)
    .mutation(async ({ ctx, input }) => {
      const { name, level, parentId } = input;
      const places = await loadPlaces(ctx.db, ctx.access.programmeId);
      const problem = placementProblem(places, { name, level, parentId });
      if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
      return ctx.db.place.create({
        data: { name, level, parentId, programmeId: ctx.access.programmeId },
        select: { id: true, name: true, level: true, parentId: true },
      });
    }),

  /** Renames a place, changes its level, or moves it inside another place (or to the top). */
  update: programmeProcedure("places:manage")
    .input(placeFields.extend({ placeId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const { placeId, name, level, parentId } = input;
      const fields = { name, level, parentId };
      const places = await loadPlaces(ctx.db, ctx.access.programmeId);
      if (!places.some((p) => p.id === placeId)) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that place." });
      }
      const problem = placementProblem(places, { placeId, ...fields });
      if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: problem });
      return ctx.db.place.update({
        where: { id: placeId },
        data: fields,
        select: { id: true, name: true, level: true, parentId: true },
      });
    }),
});
