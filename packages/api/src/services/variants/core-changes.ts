// How a local version stands against its core section, paragraph by paragraph. Texts are the
// plain text a release keeps (ReleaseSection.text): blocks separated by a blank line. A "core
// change" is one run of paragraphs the core replaced between the text the local version is based
// on (old core) and the core's latest release (new core), with where that run sits in the local
// text, if the local version still has it unchanged.
import { createHash } from "node:crypto";
import { diffArrays } from "diff";

/** The paragraphs of a plain text, in order (blocks are separated by a blank line). */
export function paragraphsOf(text: string): string[] {
  const trimmed = text.replace(/\r\n?/g, "\n").trim();
  return trimmed === "" ? [] : trimmed.split(/\n{2,}/);
}

export function textOf(paragraphs: string[]): string {
  return paragraphs.join("\n\n");
}

export interface CoreChange {
  /** Names this change for the texts it was computed from, so a stale click is refused. */
  key: string;
  /** Where the old paragraphs start in the base text. */
  baseStart: number;
  oldParagraphs: string[];
  newParagraphs: string[];
  /**
   * Where the change goes in the local text ([start, end) replaced by the new paragraphs), or
   * null when the local version changed that part itself (then it can only keep its own).
   */
  localRange: { start: number; end: number } | null;
  /** The local text of that part, for the three-way view. */
  localParagraphs: string[];
}

function keyOf(baseStart: number, oldParagraphs: string[], newParagraphs: string[]): string {
  return createHash("sha256")
    .update(JSON.stringify([baseStart, oldParagraphs, newParagraphs]))
    .digest("hex")
    .slice(0, 16);
}

function indexOfRun(haystack: string[], run: string[], near: number): number {
  let best = -1;
  for (let start = 0; start + run.length <= haystack.length; start++) {
    if (run.every((paragraph, offset) => haystack[start + offset] === paragraph)) {
      if (best === -1 || Math.abs(start - near) < Math.abs(best - near)) best = start;
    }
  }
  return best;
}

function localRangeOf(
  local: string[],
  base: string[],
  baseStart: number,
  oldParagraphs: string[],
): CoreChange["localRange"] {
  if (oldParagraphs.length > 0) {
    const start = indexOfRun(local, oldParagraphs, baseStart);
    return start === -1 ? null : { start, end: start + oldParagraphs.length };
  }
  // A paragraph the core added: it goes after the paragraph it followed in the core.
  if (baseStart === 0) return { start: 0, end: 0 };
  const before = indexOfRun(local, [base[baseStart - 1]!], baseStart - 1);
  return before === -1 ? null : { start: before + 1, end: before + 1 };
}

/** The core's changes since the base text, each placed in the local text where possible. */
export function coreChanges(
  baseText: string,
  newCoreText: string,
  localText: string,
): CoreChange[] {
  const base = paragraphsOf(baseText);
  const core = paragraphsOf(newCoreText);
  const local = paragraphsOf(localText);
  const changes: CoreChange[] = [];
  let baseIndex = 0;
  let pending: { baseStart: number; old: string[]; new: string[] } | null = null;
  const close = () => {
    if (!pending) return;
    const localRange = localRangeOf(local, base, pending.baseStart, pending.old);
    changes.push({
      key: keyOf(pending.baseStart, pending.old, pending.new),
      baseStart: pending.baseStart,
      oldParagraphs: pending.old,
      newParagraphs: pending.new,
      localRange,
      localParagraphs: localRange ? local.slice(localRange.start, localRange.end) : [],
    });
    pending = null;
  };
  for (const part of diffArrays(base, core)) {
    if (!part.added && !part.removed) {
      close();
      baseIndex += part.count ?? part.value.length;
      continue;
    }
    pending ??= { baseStart: baseIndex, old: [], new: [] };
    if (part.removed) {
      pending.old.push(...part.value);
      baseIndex += part.value.length;
    } else pending.new.push(...part.value);
  }
  close();
  return changes;
}

/** The base text once `change` is settled (brought in or kept ours): the core's words there. */
export function baseAfter(baseText: string, change: CoreChange): string {
  const base = paragraphsOf(baseText);
  base.splice(change.baseStart, change.oldParagraphs.length, ...change.newParagraphs);
  return textOf(base);
}
