// Publishing a Toolbox release: freeze the current text of every agreed section in one write.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { compareVersions } from "./release-version.js";
import { releaseOrder } from "./release-outline.js";
import { renderCurrentSection } from "./section-content.js";
import { safeMarkdown } from "./markdown-safety.js";

export interface PublishInput {
  toolboxId: string;
  version: string;
  notes: string;
  publishedById: string;
}

export async function publishRelease(db: Db, input: PublishInput) {
  const latest = await latestRelease(db, input.toolboxId);
  if (latest && compareVersions(input.version, latest.version) <= 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Release numbers go up: the latest release is ${latest.version}. Choose a higher number.`,
    });
  }

  const documents = await db.document.findMany({
    where: { toolboxId: input.toolboxId },
    orderBy: { sortOrder: "asc" },
    include: {
      sections: {
        where: { archivedAt: null },
        select: {
          id: true,
          parentId: true,
          sortOrder: true,
          status: true,
          title: true,
          plainText: true,
        },
      },
    },
  });

  const frozen = [];
  let position = 0;
  for (const [documentOrder, document] of documents.entries()) {
    for (const { section, depth } of releaseOrder(document.sections)) {
      const rendered = await renderCurrentSection(db, section);
      frozen.push({
        sectionId: section.id,
        documentSlug: document.slug,
        documentTitle: document.title,
        documentKind: document.kind,
        documentOrder,
        position: position++,
        depth,
        title: section.title,
        text: rendered.text,
        html: rendered.html,
        markdown: safeMarkdown(rendered.markdown),
      });
    }
  }
  if (frozen.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "No sections are agreed yet. Mark at least one section as agreed, then publish.",
    });
  }

  // One nested create is one SQLite transaction: a release is stored whole or not at all.
  try {
    return await db.toolboxRelease.create({
      data: {
        toolboxId: input.toolboxId,
        version: input.version,
        notes: input.notes,
        publishedById: input.publishedById,
        sections: { create: frozen },
      },
      select: {
        id: true,
        version: true,
        publishedAt: true,
        _count: { select: { sections: true } },
      },
    });
  } catch (error) {
    // Someone else published this number a moment ago.
    if ((error as { code?: string }).code === "P2002") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Release ${input.version} already exists. Choose a higher number.`,
      });
    }
    throw error;
  }
}

export function latestRelease(db: Db, toolboxId: string) {
  return db.toolboxRelease.findFirst({
    where: { toolboxId },
    orderBy: { publishedAt: "desc" },
    select: { id: true, version: true, publishedAt: true },
  });
}
