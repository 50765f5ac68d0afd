import { authedProcedure, programmeProcedure, router } from "../trpc.js";

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

  /** One programme as its home page shows it. */
  get: programmeProcedure("programme:read").query(async ({ ctx }) => {
    const programme = await ctx.db.programme.findUniqueOrThrow({
      where: { id: ctx.access.programmeId },
      select: { slug: true, name: true, description: true, population: true },
    });
    const [partnerships, members, documents, sections, organisations, places] = await Promise.all([
      ctx.db.partnership.count({ where: { programmeId: ctx.access.programmeId } }),
      ctx.db.membership.count({ where: { programmeId: ctx.access.programmeId } }),
      ctx.db.document.count({ where: { toolbox: { programmeId: ctx.access.programmeId } } }),
      ctx.db.section.count({
        where: { archivedAt: null, document: { toolbox: { programmeId: ctx.access.programmeId } } },
      }),
      ctx.db.organisation.count({ where: { programmeId: ctx.access.programmeId } }),
      ctx.db.place.count({ where: { programmeId: ctx.access.programmeId } }),
    ]);
    return {
      ...programme,
      myRole: ctx.access.role,
      counts: { partnerships, members, documents, sections, organisations, places },
    };
  }),
});
