import { authedProcedure, programmeProcedure, router } from "../../trpc.js";

export const programmesRouter = router({
  /** The programmes the signed-in person belongs to, for the programme switcher. */
  mine: authedProcedure.query(async ({ ctx }) => {
    const memberships = await ctx.db.membership.findMany({
      where: { userId: ctx.user.id },
      include: { programme: { select: { slug: true, name: true } } },
      orderBy: { programme: { name: "asc" } },
    });
    return memberships.map((m) => ({
      slug: m.programme.slug,
      name: m.programme.name,
      role: m.role,
    }));
  }),

  /**
   * One programme's name and description and the caller's role: what every programme page's
   * frame needs. Cheap on purpose (one query): the layout calls it on every page.
   */
  get: programmeProcedure("programme:read").query(async ({ ctx }) => {
    const programme = await ctx.db.programme.findUniqueOrThrow({
      where: { id: ctx.access.programmeId },
      select: { slug: true, name: true, description: true, population: true },
    });
    return { ...programme, myRole: ctx.access.role };
  }),

  /** How big the programme is, for its home page only (six counts). */
  counts: programmeProcedure("programme:read").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [partnerships, members, documents, sections, organisations, places] = await Promise.all([
      ctx.db.partnership.count({ where: { programmeId } }),
      ctx.db.membership.count({ where: { programmeId } }),
      ctx.db.document.count({ where: { toolbox: { programmeId } } }),
      ctx.db.section.count({
        where: { archivedAt: null, variantOf: null, document: { toolbox: { programmeId } } },
      }),
      ctx.db.organisation.count({ where: { programmeId } }),
      ctx.db.place.count({ where: { programmeId } }),
    ]);
    return { partnerships, members, documents, sections, organisations, places };
  }),
});
