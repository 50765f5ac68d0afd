import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../trpc.js";

export const toolboxRouter = router({
  /** The toolkit and handbooks with their section trees, in order. */
  outline: programmeProcedure("toolbox:read").query(async ({ ctx }) => {
    const toolbox = await ctx.db.toolbox.findUnique({
      where: { programmeId: ctx.access.programmeId },
      include: {
        documents: {
          orderBy: { sortOrder: "asc" },
          include: {
            sections: {
              where: { archivedAt: null },
              orderBy: { sortOrder: "asc" },
              select: { id: true, parentId: true, title: true, status: true, sortOrder: true },
            },
          },
        },
      },
    });
    return toolbox;
  }),

  /** One section with its latest text, for reading. */
  section: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const section = await ctx.db.section.findFirst({
        where: {
          id: input.sectionId,
          archivedAt: null,
          document: { toolbox: { programmeId: ctx.access.programmeId } },
        },
        include: {
          document: { select: { title: true, slug: true } },
          owner: { select: { name: true } },
        },
      });
      if (!section) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that section." });
      }
      return {
        id: section.id,
        title: section.title,
        status: section.status,
        plainText: section.plainText,
        updatedAt: section.updatedAt,
        documentTitle: section.document.title,
        ownerName: section.owner?.name ?? null,
      };
    }),
});
