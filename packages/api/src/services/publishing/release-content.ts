// What a release made now would hold: the current text of every agreed section, in outline
// order, and a fingerprint of it. Approvals are given on a fingerprint, so an approval never
// counts for text its approver has not seen.
import { createHash } from "node:crypto";
import type { Db } from "@coproduce/db";
import { releaseOrder } from "./release-outline.js";
import { renderCurrentSection } from "./section-content.js";
import { safeMarkdown } from "./markdown-safety.js";

export interface FrozenSection {
  sectionId: string;
  documentSlug: string;
  documentTitle: string;
  documentKind: string;
  documentOrder: number;
  position: number;
  depth: number;
  title: string;
  text: string;
  html: string;
  markdown: string;
}

export async function releaseContent(db: Db, toolboxId: string) {
  const documents = await db.document.findMany({
    where: { toolboxId },
    orderBy: { sortOrder: "asc" },
    include: {
      sections: {
        // Local versions are the partnerships' own, never part of a release.
        where: { archivedAt: null, variantOf: null },
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

  const sections: FrozenSection[] = [];
  let position = 0;
  for (const [documentOrder, document] of documents.entries()) {
    for (const { section, depth } of releaseOrder(document.sections)) {
      const rendered = await renderCurrentSection(db, section);
      sections.push({
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
  return { sections, contentKey: contentKeyOf(sections) };
}

/** Changes whenever a section is added, left out, moved, renamed or its text changes. */
export function contentKeyOf(sections: readonly FrozenSection[]): string {
  const hash = createHash("sha256");
  for (const section of sections) {
    hash.update(
      JSON.stringify([section.sectionId, section.documentTitle, section.depth, section.title]),
    );
    hash.update("\u0000");
    hash.update(section.html);
    hash.update("\u0001");
  }
  return hash.digest("hex");
}
