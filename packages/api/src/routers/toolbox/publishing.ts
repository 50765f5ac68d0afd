// Publishing the Toolbox, for programme members: the release list, publishing a release, and
// whether a section's draft has moved on from its published text.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { latestRelease, publishRelease } from "../../services/publishing/publish-release.js";
import { releaseVersion, suggestNextVersion } from "../../services/publishing/release-version.js";
import { currentSectionHtml } from "../../services/publishing/current-section-html.js";
import { findReadableSection } from "../../policies/readable-section.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

const releaseNotes = z
  .string()
  .trim()
  .max(5000, "Use at most 5,000 characters for the release notes.");

async function toolboxOf(db: Db, programmeId: string) {
  const toolbox = await db.toolbox.findUnique({ where: { programmeId }, select: { id: true } });
  if (!toolbox) {
    throw new TRPCError({ code: "NOT_FOUND", message: "This programme has no Toolbox yet." });
  }
  return toolbox;
}

export const publishingRouter = router({
  /** Every release, newest first, and what publishing now would include. */
  overview: programmeProcedure("toolbox:read").query(async ({ ctx }) => {
    const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
    const [releases, agreedSections] = await Promise.all([
      ctx.db.toolboxRelease.findMany({
        where: { toolboxId: toolbox.id },
        orderBy: { publishedAt: "desc" },
        select: {
          id: true,
          version: true,
          notes: true,
          publishedAt: true,
          publishedBy: { select: { name: true } },
          _count: { select: { sections: true } },
        },
      }),
      ctx.db.section.count({
        where: {
          document: { toolboxId: toolbox.id },
          archivedAt: null,
          variantOf: null,
          status: "agreed",
        },
      }),
    ]);
    return {
      releases,
      agreedSections,
      canPublish: roleCan(ctx.access.role, "toolbox:publish"),
      suggestedVersion: suggestNextVersion(releases[0]?.version ?? null),
    };
  }),

  publish: programmeProcedure("toolbox:publish")
    .input(z.object({ version: releaseVersion, notes: releaseNotes }))
    .mutation(async ({ ctx, input }) => {
      const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
      return publishRelease(ctx.db, {
        toolboxId: toolbox.id,
        version: input.version,
        notes: input.notes,
        publishedById: ctx.user.id,
      });
    }),

  /**
   * The latest release that includes this section, and whether the draft now differs from it,
   * for the banner editors see above the editor. Null when the section was never published.
   */
  sectionStatus: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, {
        id: true,
        plainText: true,
        html: true,
        document: { select: { toolboxId: true } },
      });
      const latest = await latestRelease(ctx.db, section.document.toolboxId);
      if (!latest) return null;
      const published = await ctx.db.releaseSection.findUnique({
        where: { releaseId_sectionId: { releaseId: latest.id, sectionId: section.id } },
        select: { html: true },
      });
      if (!published) return { version: latest.version, included: false, differs: true };
      const state = await ctx.documents.read(sectionDocumentName(section.id));
      const current = currentSectionHtml(section, state);
      return { version: latest.version, included: true, differs: current !== published.html };
    }),
});
