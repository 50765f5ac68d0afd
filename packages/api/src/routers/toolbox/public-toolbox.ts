// The published Toolbox, for anyone, signed in or not. Only releases are visible here: never
// drafts, never archived or unagreed sections, and nothing of a programme without a release.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { publicProcedure, router } from "../../trpc.js";
import { safeSectionHtml } from "../../services/publishing/safe-html.js";
import { frozenPublicRecords } from "../../services/co-production/release-records.js";

const slug = z.string().min(1).max(100);
const releaseInput = z.object({
  programmeSlug: slug,
  /** A release number; the latest release when left out. */
  version: z.string().min(1).max(20).optional(),
});

const notFound = (message: string) => new TRPCError({ code: "NOT_FOUND", message });

async function findRelease(db: Db, programmeSlug: string, version?: string) {
  const release = await db.toolboxRelease.findFirst({
    where: { toolbox: { programme: { slug: programmeSlug } }, ...(version ? { version } : {}) },
    orderBy: { publishedAt: "desc" },
    select: {
      id: true,
      version: true,
      notes: true,
      publishedAt: true,
      toolbox: {
        select: { id: true, title: true, programme: { select: { name: true, slug: true } } },
      },
    },
  });
  if (!release) {
    throw notFound(
      version
        ? `We could not find release ${version} of this Toolbox.`
        : "This Toolbox has not been published yet.",
    );
  }
  const latest = await db.toolboxRelease.findFirst({
    where: { toolboxId: release.toolbox.id },
    orderBy: { publishedAt: "desc" },
    select: { id: true, version: true },
  });
  return {
    ...release,
    isLatest: latest?.id === release.id,
    latestVersion: latest?.version ?? null,
  };
}

const contentsSelect = {
  sectionId: true,
  documentSlug: true,
  documentTitle: true,
  documentKind: true,
  documentOrder: true,
  position: true,
  depth: true,
  title: true,
} as const;

export const publicToolboxRouter = router({
  /** Programmes with a published Toolbox. */
  published: publicProcedure.query(({ ctx }) =>
    ctx.db.programme.findMany({
      where: { toolbox: { releases: { some: {} } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, description: true },
    }),
  ),

  /**
   * The programmes that show something to the public: a published Toolbox or approved feedback
   * ("you said, we did"). A programme with neither stays off the front door, so its name is not
   * given away before it chooses to publish.
   */
  frontDoor: publicProcedure.query(async ({ ctx }) => {
    const programmes = await ctx.db.programme.findMany({
      where: {
        OR: [
          { toolbox: { releases: { some: {} } } },
          { feedback: { some: { moderation: "approved" } } },
        ],
      },
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        description: true,
        toolbox: { select: { title: true, _count: { select: { releases: true } } } },
        _count: { select: { feedback: { where: { moderation: "approved" } } } },
      },
    });
    return programmes.map((programme) => ({
      slug: programme.slug,
      name: programme.name,
      description: programme.description,
      toolboxTitle:
        programme.toolbox && programme.toolbox._count.releases > 0 ? programme.toolbox.title : null,
      publishedFeedback: programme._count.feedback,
    }));
  }),

  /** A release's details, table of contents and the list of all releases. */
  release: publicProcedure.input(releaseInput).query(async ({ ctx, input }) => {
    const release = await findRelease(ctx.db, input.programmeSlug, input.version);
    const [contents, releases, approvals] = await Promise.all([
      ctx.db.releaseSection.findMany({
        where: { releaseId: release.id },
        orderBy: { position: "asc" },
        select: contentsSelect,
      }),
      ctx.db.toolboxRelease.findMany({
        where: { toolboxId: release.toolbox.id },
        orderBy: { publishedAt: "desc" },
        select: { version: true, notes: true, publishedAt: true },
      }),
      // Who signed this release off, as frozen when it was published (names and organisations
      // as they were then).
      ctx.db.releaseReview.findMany({
        where: { releaseId: release.id, verdict: "approved" },
        orderBy: { createdAt: "asc" },
        select: { personName: true, organisationName: true, createdAt: true },
      }),
    ]);
    // Who shaped each section, as frozen at publishing: groups and counts only, never names.
    const coProduction = await frozenPublicRecords(ctx.db, release.id);
    return { release, contents, releases, approvals, coProduction };
  }),

  /** One published section, with the sections either side for reading on. */
  section: publicProcedure
    .input(releaseInput.extend({ sectionId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const release = await findRelease(ctx.db, input.programmeSlug, input.version);
      const section = await ctx.db.releaseSection.findUnique({
        where: { releaseId_sectionId: { releaseId: release.id, sectionId: input.sectionId } },
        select: { ...contentsSelect, html: true },
      });
      if (!section) throw notFound(`This section is not in release ${release.version}.`);
      const [previous, next] = await Promise.all([
        ctx.db.releaseSection.findFirst({
          where: { releaseId: release.id, position: { lt: section.position } },
          orderBy: { position: "desc" },
          select: { sectionId: true, title: true },
        }),
        ctx.db.releaseSection.findFirst({
          where: { releaseId: release.id, position: { gt: section.position } },
          orderBy: { position: "asc" },
          select: { sectionId: true, title: true },
        }),
      ]);
      // The reading (and printing) view gets the same allowlisted HTML as the downloads.
      return {
        release,
        section: { ...section, html: safeSectionHtml(section.html) },
        previous,
        next,
      };
    }),

  /** Everything in a release, for the downloadable exports. */
  export: publicProcedure.input(releaseInput).query(async ({ ctx, input }) => {
    const release = await findRelease(ctx.db, input.programmeSlug, input.version);
    const sections = await ctx.db.releaseSection.findMany({
      where: { releaseId: release.id },
      orderBy: { position: "asc" },
      select: { ...contentsSelect, html: true, markdown: true, text: true },
    });
    return { release, sections };
  }),
});
