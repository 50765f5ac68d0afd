import { programmeProcedure, router } from "../trpc.js";

export const partnershipsRouter = router({
  list: programmeProcedure("partnerships:read").query(({ ctx }) =>
    ctx.db.partnership.findMany({
      where: { programmeId: ctx.access.programmeId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        cohort: true,
        cohortSize: true,
        careModelType: true,
        status: true,
        plannedGoLive: true,
        actualGoLive: true,
        place: { select: { name: true } },
        leadOrganisation: { select: { name: true } },
      },
    }),
  ),
});
