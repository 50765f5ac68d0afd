import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { MOVE_DIRECTIONS, moveSection, nextSortOrder } from "../../services/section-tree.js";
import { roleCan } from "../../permissions.js";
import { sectionHtml } from "../../services/section-html.js";
import { mayAgree } from "../../services/governance/change-control.js";
import { findReadableSection } from "../../policies/readable-section.js";

const sectionTitle = z
  .string({ error: "Enter a title for the section." })
  .trim()
  .min(1, "Enter a title for the section.")
  .max(200, "Use at most 200 characters for the title.");
const sectionId = z.string().min(1).max(100);

/** What changing a section's place in the tree needs to know about it. */
const treeFields = { id: true, documentId: true, parentId: true, archivedAt: true } as const;

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
              // Local versions are listed on their partnership's page, not in the core outline.
              where: { archivedAt: null, variantOf: null },
              orderBy: { sortOrder: "asc" },
              select: { id: true, parentId: true, title: true, status: true, sortOrder: true },
            },
          },
        },
      },
    });
    if (!toolbox) return null;
    // Suggestions waiting for an editor, per section (rows are kept as changes settle).
    const waiting = await ctx.db.sectionSuggestion.groupBy({
      by: ["sectionId"],
      where: { programmeId: ctx.access.programmeId, status: "pending" },
      _count: { _all: true },
    });
    const suggestionCounts: Record<string, number> = {};
    for (const row of waiting) suggestionCounts[row.sectionId] = row._count._all;
    return { ...toolbox, canEdit: roleCan(ctx.access.role, "toolbox:edit"), suggestionCounts };
  }),

  /** One section with its latest text, for reading. */
  section: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      // A partnership's draft local version is refused here to all but its members and the
      // programme's editors (findReadableSection).
      const section = await findReadableSection(
        ctx,
        input.sectionId,
        {
          id: true,
          title: true,
          status: true,
          html: true,
          plainText: true,
          updatedAt: true,
          ownerId: true,
          document: { select: { title: true, slug: true } },
          owner: { select: { name: true } },
          variantOf: {
            select: {
              id: true,
              partnership: { select: { name: true } },
              coreSection: { select: { id: true, title: true } },
            },
          },
        },
        { liveOnly: true },
      );
      const variant = section.variantOf;
      return {
        id: section.id,
        title: section.title,
        status: section.status,
        // The HTML only: the page shows it until the live document (Yjs) has loaded, and the
        // same text again as plain text would double what a long section sends.
        html: sectionHtml(section),
        updatedAt: section.updatedAt,
        documentTitle: section.document.title,
        ownerId: section.ownerId,
        ownerName: section.owner?.name ?? null,
        canEdit: roleCan(ctx.access.role, "toolbox:edit"),
        // A local version is not agreed through the programme's review: its partnership
        // publishes it (routers/toolbox/variants.ts).
        canAgree:
          !variant &&
          roleCan(ctx.access.role, "toolbox:edit") &&
          mayAgree({ id: ctx.user.id, role: ctx.access.role }, section),
        variant: variant
          ? {
              id: variant.id,
              partnershipName: variant.partnership.name,
              coreSectionId: variant.coreSection.id,
              coreTitle: variant.coreSection.title,
            }
          : null,
      };
    }),

  createSection: programmeProcedure("toolbox:edit")
    .input(
      z.object({
        documentId: z.string().min(1).max(100),
        parentId: sectionId.nullable().default(null),
        title: sectionTitle,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const document = await ctx.db.document.findFirst({
        where: { id: input.documentId, toolbox: { programmeId: ctx.access.programmeId } },
      });
      if (!document) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that document." });
      }
      if (input.parentId) {
        const parent = await findReadableSection(ctx, input.parentId, treeFields);
        if (parent.documentId !== document.id || parent.archivedAt) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "Choose a section in the same document.",
          });
        }
      }
      return ctx.db.section.create({
        data: {
          documentId: document.id,
          parentId: input.parentId,
          title: input.title,
          ownerId: ctx.user.id,
          sortOrder: await nextSortOrder(ctx.db, document.id, input.parentId),
        },
        select: { id: true, title: true },
      });
    }),

  updateSection: programmeProcedure("toolbox:edit")
    .input(
      z.object({
        sectionId,
        title: sectionTitle.optional(),
        ownerId: z.string().min(1).max(100).nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, treeFields);
      if (input.ownerId) {
        const owner = await ctx.db.membership.findFirst({
          where: { userId: input.ownerId, programmeId: ctx.access.programmeId },
        });
        if (!owner) {
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "The owner must be in this programme.",
          });
        }
      }
      return ctx.db.section.update({
        where: { id: section.id },
        // The status changes only through governance.sectionStatus, which logs each change.
        data: { title: input.title, ownerId: input.ownerId },
        select: { id: true, title: true, status: true, ownerId: true },
      });
    }),

  moveSection: programmeProcedure("toolbox:edit")
    .input(
      z.object({
        sectionId,
        direction: z.enum(MOVE_DIRECTIONS, { error: "Choose where to move it." }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, treeFields);
      if (section.archivedAt) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Restore the section before moving it.",
        });
      }
      await moveSection(ctx.db, section.id, input.direction);
      return { moved: true };
    }),

  /** Archiving hides a section (and its sub-sections) from the outline; nothing is deleted. */
  archiveSection: programmeProcedure("toolbox:edit")
    .input(z.object({ sectionId, archived: z.boolean().default(true) }))
    .mutation(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, treeFields);
      await ctx.db.section.update({
        where: { id: section.id },
        data: input.archived
          ? { archivedAt: ctx.now() }
          : {
              archivedAt: null,
              sortOrder: await nextSortOrder(ctx.db, section.documentId, section.parentId),
            },
      });
      return { archived: input.archived };
    }),

  /**
   * Archived sections of the programme, so they can be restored. For those who may restore them
   * (toolbox:edit), who may also read every draft local version among them.
   */
  archivedSections: programmeProcedure("toolbox:edit").query(({ ctx }) =>
    ctx.db.section.findMany({
      where: {
        archivedAt: { not: null },
        document: { toolbox: { programmeId: ctx.access.programmeId } },
      },
      select: { id: true, title: true, archivedAt: true, document: { select: { title: true } } },
      orderBy: { archivedAt: "desc" },
    }),
  ),
});
