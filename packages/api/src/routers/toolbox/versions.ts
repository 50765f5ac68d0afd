// Versions of a section: list, compare any two (or one with the current text), save a named
// version, restore an earlier one. Reading needs versions:read, changing versions:manage.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import {
  currentSectionState,
  recordVersion,
  renderState,
  restoreVersion,
} from "../../services/section-versions.js";
import { diffSections } from "../../services/version-diff.js";
import { findReadableSection, type SectionReader } from "../../policies/readable-section.js";

const id = z.string().min(1).max(100);
const note = z.string().trim().max(2000, "Use at most 2,000 characters for the note.").default("");

/** A live (not archived) section of this programme the person may read, or a clear refusal. */
function findLiveSection(reader: SectionReader, sectionId: string) {
  return findReadableSection(
    reader,
    sectionId,
    { id: true, title: true, plainText: true, document: { select: { title: true } } },
    { liveOnly: true },
  );
}

async function findVersion(db: Db, sectionId: string, versionId: string) {
  const version = await db.sectionVersion.findFirst({
    where: { id: versionId, sectionId },
    include: { author: { select: { name: true } } },
  });
  if (!version) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that version." });
  }
  return version;
}

function summary(version: Awaited<ReturnType<typeof findVersion>>) {
  return {
    id: version.id,
    number: version.number,
    kind: version.kind,
    name: version.name,
    note: version.note,
    authorName: version.author?.name ?? null,
    createdAt: version.createdAt,
  };
}

export const versionsRouter = router({
  /** The section's versions, newest first. */
  list: programmeProcedure("versions:read")
    .input(z.object({ sectionId: id }))
    .query(async ({ ctx, input }) => {
      const section = await findLiveSection(ctx, input.sectionId);
      const versions = await ctx.db.sectionVersion.findMany({
        where: { sectionId: section.id },
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          kind: true,
          name: true,
          note: true,
          createdAt: true,
          author: { select: { name: true } },
          restoredFrom: { select: { number: true, name: true } },
        },
      });
      return {
        section: { id: section.id, title: section.title, documentTitle: section.document.title },
        versions: versions.map(({ author, restoredFrom, ...version }) => ({
          ...version,
          authorName: author?.name ?? null,
          restoredFromNumber: restoredFrom?.number ?? null,
        })),
        canManage: roleCan(ctx.access.role, "versions:manage"),
      };
    }),

  /** A readable difference between two versions, or a version and the current text. */
  compare: programmeProcedure("versions:read")
    .input(z.object({ sectionId: id, from: id, to: z.union([id, z.literal("current")]) }))
    .query(async ({ ctx, input }) => {
      const section = await findLiveSection(ctx, input.sectionId);
      const from = await findVersion(ctx.db, section.id, input.from);
      let to: ReturnType<typeof summary> | null = null;
      let toJson;
      if (input.to === "current") {
        toJson = renderState(await currentSectionState(ctx.documents, section)).json;
      } else {
        const version = await findVersion(ctx.db, section.id, input.to);
        to = summary(version);
        toJson = JSON.parse(version.json);
      }
      return {
        section: { id: section.id, title: section.title, documentTitle: section.document.title },
        from: summary(from),
        /** null: the current text. */
        to,
        diff: diffSections(JSON.parse(from.json), toJson),
      };
    }),

  /** Saves the current text as a named version. */
  create: programmeProcedure("versions:manage")
    .input(
      z.object({
        sectionId: id,
        name: z
          .string({ error: "Enter a name for the version." })
          .trim()
          .min(1, "Enter a name for the version.")
          .max(120, "Use at most 120 characters for the name."),
        note,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findLiveSection(ctx, input.sectionId);
      const version = await recordVersion(ctx.db, {
        sectionId: section.id,
        kind: "named",
        name: input.name,
        note: input.note,
        authorId: ctx.user.id,
        state: await currentSectionState(ctx.documents, section),
        now: ctx.now(),
      });
      return { id: version.id, number: version.number };
    }),

  /** Brings back an earlier version's text as a new change; nothing is rewritten. */
  restore: programmeProcedure("versions:manage")
    .input(z.object({ sectionId: id, versionId: id, note }))
    .mutation(async ({ ctx, input }) => {
      const section = await findLiveSection(ctx, input.sectionId);
      const version = await findVersion(ctx.db, section.id, input.versionId);
      const restored = await restoreVersion(ctx.db, ctx.documents, {
        section,
        version,
        userId: ctx.user.id,
        note: input.note,
        now: ctx.now(),
      });
      return { id: restored.id, number: restored.number };
    }),
});
