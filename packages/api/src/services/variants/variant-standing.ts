// Where a local version stands: its current text, its word diff against the core text it is
// based on, and the core's changes since (when the core has a newer release).
import type { Db } from "@coproduce/db";
import type { DocumentContent } from "../../context.js";
import { currentSectionState, renderState } from "../section-versions.js";
import { diffPlainTexts } from "../version-diff.js";
import { coreChanges, paragraphsOf, type CoreChange } from "./core-changes.js";

/** The core section's text in its latest release, or null if it was never released. */
export async function latestCoreRelease(db: Db, coreSectionId: string) {
  const frozen = await db.releaseSection.findFirst({
    where: { sectionId: coreSectionId },
    orderBy: { release: { publishedAt: "desc" } },
    select: { text: true, release: { select: { id: true, version: true } } },
  });
  return frozen
    ? { releaseId: frozen.release.id, version: frozen.release.version, text: frozen.text }
    : null;
}

export function isBehind(baseText: string, latest: { text: string } | null): boolean {
  if (!latest) return false;
  const base = paragraphsOf(baseText);
  const core = paragraphsOf(latest.text);
  return base.length !== core.length || base.some((paragraph, i) => paragraph !== core[i]);
}

export interface VariantStanding {
  localText: string;
  /** The local version against the core text it is based on (escaped HTML with ins/del). */
  diffHtml: string;
  insertedWords: number;
  deletedWords: number;
  latest: { releaseId: string; version: string } | null;
  behind: boolean;
  changes: CoreChange[];
}

export async function variantStanding(
  db: Db,
  documents: DocumentContent,
  variant: {
    coreSectionId: string;
    baseText: string;
    variantSection: { id: string; plainText: string };
  },
): Promise<VariantStanding> {
  const state = await currentSectionState(documents, variant.variantSection);
  const localText = renderState(state).text;
  const diff = diffPlainTexts(variant.baseText, localText);
  const latest = await latestCoreRelease(db, variant.coreSectionId);
  const behind = isBehind(variant.baseText, latest);
  return {
    localText,
    diffHtml: diff.html,
    insertedWords: diff.insertedWords,
    deletedWords: diff.deletedWords,
    latest: latest ? { releaseId: latest.releaseId, version: latest.version } : null,
    behind,
    changes: behind && latest ? coreChanges(variant.baseText, latest.text, localText) : [],
  };
}
