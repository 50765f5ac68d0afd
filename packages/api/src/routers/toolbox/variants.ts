// Local versions of toolkit sections (docs/decisions/0017-local-versions.md): a partnership
// starts one from the core's latest released text, co-edits it as an ordinary live section,
// compares it with the core, brings in the core's later changes paragraph by paragraph, and
// publishes it when it is ready for the public Toolbox.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import * as Y from "yjs";
import type { Db, Role } from "@coproduce/db";
import { renderYDoc, writePlainTextIntoYDoc } from "@coproduce/editor/headless";
import { programmeProcedure, publicProcedure, router } from "../../trpc.js";
import type { DocumentContent, ProgrammeAccess } from "../../context.js";
import { mayChangePartnershipVariants, variantAccess } from "../../policies/variant-access.js";
import { recordDecision } from "../../services/governance/decision-log.js";
import { renderCurrentSection } from "../../services/publishing/section-content.js";
import { safeSectionHtml } from "../../services/publishing/safe-html.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { renderState } from "../../services/section-versions.js";
import { baseAfter } from "../../services/variants/core-changes.js";
import { LocalTextMoved, updateReplacingParagraphs } from "../../services/variants/local-text.js";
import {
  isBehind,
  latestCoreRelease,
  variantStanding,
} from "../../services/variants/variant-standing.js";

const id = z.string({ error: "Choose a local version." }).trim().min(1).max(100);
const notFound = (message: string) => new TRPCError({ code: "NOT_FOUND", message });
const NOT_YET_PUBLISHED =
  "Only the partnership's members and the programme's editors can see this local version until it is published.";

const variantInclude = {
  partnership: { select: { id: true, name: true } },
  coreSection: { select: { id: true, title: true } },
  variantSection: { select: { id: true, title: true, plainText: true, archivedAt: true } },
} as const;

async function findVariant(db: Db, programmeId: string, variantId: string) {
  const variant = await db.sectionVariant.findFirst({
    where: { id: variantId, programmeId },
    include: variantInclude,
  });
  if (!variant) throw notFound("We could not find that local version.");
  return variant;
}

/** The variant if the person may see it; FORBIDDEN for a draft they may not. */
async function readableVariant(db: Db, access: ProgrammeAccess, userId: string, variantId: string) {
  const variant = await findVariant(db, access.programmeId, variantId);
  const may = await variantAccess(db, access.role, userId, variant);
  if (!may) throw new TRPCError({ code: "FORBIDDEN", message: NOT_YET_PUBLISHED });
  return { variant, canEdit: may === "write" };
}

async function changeableVariant(
  db: Db,
  access: ProgrammeAccess,
  userId: string,
  variantId: string,
) {
  const variant = await findVariant(db, access.programmeId, variantId);
  if (!(await mayChangePartnershipVariants(db, access.role, userId, variant.partnershipId))) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the partnership's members and the programme's editors can change it.",
    });
  }
  return variant;
}

const settleInput = z.object({
  variantId: id,
  changeKey: z
    .string({ error: "Choose a change of the core." })
    .trim()
    .min(1, "Choose a change of the core.")
    .max(64),
});

async function settleCoreChange(
  ctx: { db: Db; access: ProgrammeAccess; user: { id: string }; documents: DocumentContent },
  input: z.infer<typeof settleInput>,
  bringIn: boolean,
) {
  const variant = await changeableVariant(ctx.db, ctx.access, ctx.user.id, input.variantId);
  const standing = await variantStanding(ctx.db, ctx.documents, variant);
  const change = standing.changes.find((c) => c.key === input.changeKey);
  if (!change || !standing.latest) {
    throw new TRPCError({
      code: "CONFLICT",
      message: "The core or this local version has changed since you looked. Look again below.",
    });
  }
  if (bringIn) {
    const range = change.localRange;
    if (!range) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Your version has changed this part itself, so the core's words cannot be brought in. Copy them by hand, or keep yours.",
      });
    }
    let after: Uint8Array;
    try {
      after = await ctx.documents.change(
        sectionDocumentName(variant.variantSectionId),
        ctx.user.id,
        (state) =>
          updateReplacingParagraphs(state, range, change.localParagraphs, change.newParagraphs),
      );
    } catch (error) {
      if (!(error instanceof LocalTextMoved)) throw error;
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "This part of your version is being changed, or has a suggestion waiting. Try again in a moment.",
      });
    }
    const rendered = renderState(after);
    await ctx.db.section.update({
      where: { id: variant.variantSectionId },
      data: { plainText: rendered.text, html: rendered.html },
    });
  }
  const baseText = baseAfter(variant.baseText, change);
  const latest = await latestCoreRelease(ctx.db, variant.coreSectionId);
  await ctx.db.$transaction(async (tx) => {
    await tx.sectionVariant.update({
      where: { id: variant.id },
      data: {
        baseText,
        // Once every change is settled, the local version is based on the latest release.
        ...(latest && !isBehind(baseText, latest) ? { baseReleaseId: latest.releaseId } : {}),
      },
    });
    if (bringIn) {
      await recordDecision(tx, {
        kind: "variant_brought_in",
        programmeId: ctx.access.programmeId,
        sectionId: variant.coreSectionId,
        releaseId: standing.latest?.releaseId ?? null,
        actorId: ctx.user.id,
        summary: `${variant.partnership.name} brought a change of release ${standing.latest?.version ?? ""} into its local version of “${variant.coreSection.title}”.`,
      });
    }
  });
  return { behind: latest ? isBehind(baseText, latest) : false };
}

async function listVariants(db: Db, role: Role, userId: string, where: object) {
  const variants = await db.sectionVariant.findMany({
    where,
    include: variantInclude,
    orderBy: { createdAt: "asc" },
  });
  const visible = [];
  for (const variant of variants) {
    const may = await variantAccess(db, role, userId, variant);
    if (!may) continue;
    const latest = await latestCoreRelease(db, variant.coreSectionId);
    visible.push({
      id: variant.id,
      partnershipId: variant.partnershipId,
      partnershipName: variant.partnership.name,
      coreSectionId: variant.coreSectionId,
      coreTitle: variant.coreSection.title,
      variantSectionId: variant.variantSectionId,
      status: variant.status,
      publishedAt: variant.publishedAt,
      behind: isBehind(variant.baseText, latest),
    });
  }
  return visible;
}

export const variantsRouter = router({
  /** The local versions the person may see; of one partnership, or of one core section. */
  list: programmeProcedure("toolbox:read")
    .input(
      z.object({
        partnershipId: z.string().max(100).optional(),
        coreSectionId: z.string().max(100).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listVariants(ctx.db, ctx.access.role, ctx.user.id, {
        programmeId: ctx.access.programmeId,
        ...(input.partnershipId ? { partnershipId: input.partnershipId } : {}),
        ...(input.coreSectionId ? { coreSectionId: input.coreSectionId } : {}),
      }),
    ),

  /** One local version: its diff against the core, and the core's changes since, if any. */
  get: programmeProcedure("toolbox:read")
    .input(z.object({ variantId: id }))
    .query(async ({ ctx, input }) => {
      const { variant, canEdit } = await readableVariant(
        ctx.db,
        ctx.access,
        ctx.user.id,
        input.variantId,
      );
      const standing = await variantStanding(ctx.db, ctx.documents, variant);
      const baseRelease = variant.baseReleaseId
        ? await ctx.db.toolboxRelease.findUnique({
            where: { id: variant.baseReleaseId },
            select: { version: true },
          })
        : null;
      return {
        id: variant.id,
        status: variant.status,
        publishedAt: variant.publishedAt,
        partnership: variant.partnership,
        coreSection: variant.coreSection,
        variantSectionId: variant.variantSectionId,
        title: variant.variantSection.title,
        baseVersion: baseRelease?.version ?? null,
        canEdit,
        ...standing,
      };
    }),

  /** Starts a partnership's local version of a core section, from its latest released text. */
  create: programmeProcedure("toolbox:read")
    .input(
      z.object({
        partnershipId: z.string({ error: "Choose a partnership." }).trim().min(1).max(100),
        coreSectionId: z.string({ error: "Choose a section." }).trim().min(1).max(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const partnership = await ctx.db.partnership.findFirst({
        where: { id: input.partnershipId, programmeId: ctx.access.programmeId },
        select: { id: true, name: true },
      });
      if (!partnership) throw notFound("We could not find that partnership.");
      if (
        !(await mayChangePartnershipVariants(ctx.db, ctx.access.role, ctx.user.id, partnership.id))
      ) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the partnership's members and the programme's editors can start one.",
        });
      }
      const core = await ctx.db.section.findFirst({
        where: {
          id: input.coreSectionId,
          archivedAt: null,
          variantOf: null,
          document: { toolbox: { programmeId: ctx.access.programmeId } },
        },
        select: { id: true, title: true, documentId: true, plainText: true },
      });
      if (!core) throw notFound("We could not find that section of the toolkit.");
      const existing = await ctx.db.sectionVariant.findUnique({
        where: {
          partnershipId_coreSectionId: { partnershipId: partnership.id, coreSectionId: core.id },
        },
        select: { id: true },
      });
      if (existing) {
        throw new TRPCError({
          code: "CONFLICT",
          message: `${partnership.name} already has a local version of this section.`,
        });
      }
      // The latest released text; the current text if the section was never released.
      const released = await latestCoreRelease(ctx.db, core.id);
      const baseText = released?.text ?? (await renderCurrentSection(ctx.db, core)).text;
      const seeded = new Y.Doc();
      writePlainTextIntoYDoc(seeded, baseText);
      const html = renderYDoc(seeded).html;
      seeded.destroy();
      return ctx.db.$transaction(async (tx) => {
        // The live section the partnership edits; its live document is seeded from plainText.
        const section = await tx.section.create({
          data: {
            documentId: core.documentId,
            title: `${core.title} (${partnership.name})`,
            sortOrder: 0,
            plainText: baseText,
            html,
            ownerId: ctx.user.id,
          },
          select: { id: true },
        });
        const variant = await tx.sectionVariant.create({
          data: {
            programmeId: ctx.access.programmeId,
            partnershipId: partnership.id,
            coreSectionId: core.id,
            variantSectionId: section.id,
            baseReleaseId: released?.releaseId ?? null,
            baseText,
            createdById: ctx.user.id,
          },
          select: { id: true, variantSectionId: true },
        });
        await recordDecision(tx, {
          kind: "variant_created",
          programmeId: ctx.access.programmeId,
          sectionId: core.id,
          releaseId: released?.releaseId ?? null,
          actorId: ctx.user.id,
          summary: `${partnership.name} started a local version of “${core.title}”${released ? ` from release ${released.version}` : ""}.`,
        });
        return variant;
      });
    }),

  /** Brings one change of the core into the local version; the base moves on. */
  bringIn: programmeProcedure("toolbox:read")
    .input(settleInput)
    .mutation(({ ctx, input }) => settleCoreChange(ctx, input, true)),

  /** Keeps the local words for one change of the core; the base moves on all the same. */
  keepOurs: programmeProcedure("toolbox:read")
    .input(settleInput)
    .mutation(({ ctx, input }) => settleCoreChange(ctx, input, false)),

  /** Publishes the local version (the public Toolbox shows it beside the core), or takes it back. */
  setPublished: programmeProcedure("toolbox:read")
    .input(z.object({ variantId: id, published: z.boolean({ error: "Say publish or not." }) }))
    .mutation(async ({ ctx, input }) => {
      const variant = await changeableVariant(ctx.db, ctx.access, ctx.user.id, input.variantId);
      const status = input.published ? "published" : "draft";
      if (!input.published && variant.status === "draft") return { status };
      const again = input.published && variant.status === "published";
      // The public Toolbox shows a copy made now, not the live text: later edits stay among
      // the partnership until it publishes again (as the core waits for a release).
      const copy = input.published
        ? await renderCurrentSection(ctx.db, variant.variantSection)
        : null;
      await ctx.db.$transaction(async (tx) => {
        await tx.sectionVariant.update({
          where: { id: variant.id },
          data: {
            status,
            publishedAt: input.published ? ctx.now() : null,
            publishedTitle: copy ? variant.variantSection.title : null,
            publishedHtml: copy ? safeSectionHtml(copy.html) : null,
          },
        });
        const name = variant.partnership.name;
        const title = variant.coreSection.title;
        await recordDecision(tx, {
          kind: "variant_published",
          programmeId: ctx.access.programmeId,
          sectionId: variant.coreSectionId,
          actorId: ctx.user.id,
          summary: again
            ? `${name} published the latest text of its local version of “${title}”.`
            : input.published
              ? `${name} published its local version of “${title}”.`
              : `${name} took its local version of “${title}” off the public Toolbox.`,
        });
      });
      return { status };
    }),

  /** For the public Toolbox: the published local versions of a core section. */
  publishedForSection: publicProcedure
    .input(z.object({ programmeSlug: z.string().min(1).max(100), sectionId: z.string().max(100) }))
    .query(({ ctx, input }) =>
      ctx.db.sectionVariant.findMany({
        where: {
          coreSectionId: input.sectionId,
          status: "published",
          partnership: { programme: { slug: input.programmeSlug } },
        },
        orderBy: { publishedAt: "asc" },
        select: { id: true, partnership: { select: { name: true } } },
      }),
    ),

  /** For the public Toolbox: one published local version, to read. */
  published: publicProcedure
    .input(z.object({ programmeSlug: z.string().min(1).max(100), variantId: id }))
    .query(async ({ ctx, input }) => {
      const variant = await ctx.db.sectionVariant.findFirst({
        where: {
          id: input.variantId,
          status: "published",
          partnership: { programme: { slug: input.programmeSlug } },
        },
        include: variantInclude,
      });
      if (!variant) throw notFound("We could not find that local version.");
      return {
        id: variant.id,
        title: variant.publishedTitle ?? variant.variantSection.title,
        partnershipName: variant.partnership.name,
        coreSection: variant.coreSection,
        publishedAt: variant.publishedAt,
        // The copy made when it was published (sanitised then), never the live text.
        html: variant.publishedHtml ?? "",
      };
    }),
});
