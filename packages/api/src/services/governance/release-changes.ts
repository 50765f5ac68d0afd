// A release draft: what publishing now would change since the last release, section by
// section, with a word diff of each changed section (the same diff as between versions).
import type { Db } from "@coproduce/db";
import { releaseContent } from "../publishing/release-content.js";
import { latestRelease } from "../publishing/publish-release.js";
import { diffPlainTexts } from "../version-diff.js";

export type SectionChange = "added" | "changed" | "removed" | "unchanged";

export async function changesSinceRelease(db: Db, toolboxId: string) {
  const [{ sections }, latest] = await Promise.all([
    releaseContent(db, toolboxId),
    latestRelease(db, toolboxId),
  ]);
  const published = latest
    ? await db.releaseSection.findMany({
        where: { releaseId: latest.id },
        orderBy: { position: "asc" },
        select: { sectionId: true, title: true, documentTitle: true, text: true },
      })
    : [];
  const before = new Map(published.map((section) => [section.sectionId, section]));
  const now = new Set(sections.map((section) => section.sectionId));

  const changes: {
    sectionId: string;
    documentTitle: string;
    title: string;
    previousTitle: string | null;
    change: SectionChange;
    diffHtml: string | null;
    insertedWords: number;
    deletedWords: number;
  }[] = sections.map((section) => {
    const old = before.get(section.sectionId);
    const diff = diffPlainTexts(old?.text ?? "", section.text);
    const change: SectionChange = !old
      ? "added"
      : old.text === section.text && old.title === section.title
        ? "unchanged"
        : "changed";
    return {
      sectionId: section.sectionId,
      documentTitle: section.documentTitle,
      title: section.title,
      previousTitle: old && old.title !== section.title ? old.title : null,
      change,
      diffHtml: change === "unchanged" ? null : diff.html,
      insertedWords: diff.insertedWords,
      deletedWords: diff.deletedWords,
    };
  });
  // Sections in the last release that the next one leaves out (no longer agreed, or archived).
  for (const old of published) {
    if (now.has(old.sectionId)) continue;
    const diff = diffPlainTexts(old.text, "");
    changes.push({
      sectionId: old.sectionId,
      documentTitle: old.documentTitle,
      title: old.title,
      previousTitle: null,
      change: "removed",
      diffHtml: diff.html,
      insertedWords: 0,
      deletedWords: diff.deletedWords,
    });
  }
  return { since: latest?.version ?? null, changes };
}
