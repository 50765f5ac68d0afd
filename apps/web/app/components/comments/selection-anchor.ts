// Describes the browser's text selection inside the section text the way the server finds it
// again (see @coproduce/editor comment-anchor): the selected words and the words just before
// them in the same block.
import { PREFIX_LENGTH, type TextAnchor } from "@coproduce/editor";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th";

/**
 * The selection as an anchor; null if it is collapsed inside `root`; undefined if it is not
 * inside `root` at all (so a click elsewhere, e.g. in the comment form, keeps the last one).
 */
export function selectionAnchor(root: HTMLElement | null): TextAnchor | null | undefined {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return undefined;
  const raw = range.toString();
  if (range.collapsed || raw.trim() === "") return null;
  const start =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  const block = start?.closest(BLOCK_SELECTOR);
  let before = "";
  if (block && root.contains(block)) {
    const prefixRange = document.createRange();
    prefixRange.setStart(block, 0);
    prefixRange.setEnd(range.startContainer, range.startOffset);
    before = prefixRange.toString();
  }
  // Triple-clicks and drags often take in spaces or a line end: anchor the words themselves.
  const leading = /^\s*/.exec(raw)?.[0] ?? "";
  return { quote: raw.trim(), prefix: (before + leading).slice(-PREFIX_LENGTH) };
}
