// Finding the words a comment is about, and marking them. The browser describes a selection as
// the selected text (`quote`) plus the text just before it in the same block (`prefix`); the
// server finds that place in the live document and wraps it in a MarkNode whose id is the
// comment thread's id. Text is compared block by block, as a person sees it on screen.
import { $wrapSelectionInMarkNode } from "@lexical/mark";
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalNode,
  type TextNode,
} from "lexical";

export interface TextAnchor {
  /** The selected words, exactly as shown. */
  quote: string;
  /** Up to PREFIX_LENGTH characters before the quote in the same paragraph, to tell repeats apart. */
  prefix: string;
}

export const PREFIX_LENGTH = 64;

interface TextBlock {
  text: string;
  pieces: Array<{ node: TextNode; start: number; end: number }>;
}

/** The text of every block (paragraph, heading, list item…) with the text nodes that make it. */
function $textBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: LexicalNode, block: TextBlock | null) => {
    if ($isTextNode(node)) {
      if (!block) return;
      const start = block.text.length;
      block.text += node.getTextContent();
      block.pieces.push({ node, start, end: block.text.length });
    } else if ($isElementNode(node)) {
      // Inline elements (links, marks) belong to the block around them.
      const own = node.isInline() && block ? block : { text: "", pieces: [] };
      if (own !== block) blocks.push(own);
      for (const child of node.getChildren()) walk(child, own);
    }
  };
  for (const child of $getRoot().getChildren()) walk(child, null);
  return blocks.filter((block) => block.pieces.length > 0);
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Wraps the words described by `anchor` in a mark with id `markId`. Where the quote occurs more
 * than once, the occurrence whose preceding text best matches the prefix wins. Returns false if
 * the quote is not in the document (any more). Call inside editor.update(). Only adds a mark:
 * the text itself is never changed.
 */
export function $markTextAnchor(anchor: TextAnchor, markId: string): boolean {
  if (anchor.quote.trim() === "") return false;
  let best: { block: TextBlock; index: number; score: number } | null = null;
  for (const block of $textBlocks()) {
    for (
      let index = block.text.indexOf(anchor.quote);
      index !== -1;
      index = block.text.indexOf(anchor.quote, index + 1)
    ) {
      const score = commonSuffixLength(block.text.slice(0, index), anchor.prefix);
      if (!best || score > best.score) best = { block, index, score };
    }
  }
  if (!best) return false;
  const { block, index } = best;
  const endIndex = index + anchor.quote.length;
  const first = block.pieces.find((piece) => index >= piece.start && index < piece.end);
  const last = block.pieces.find((piece) => endIndex > piece.start && endIndex <= piece.end);
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.node.getKey(), index - first.start, "text");
  selection.focus.set(last.node.getKey(), endIndex - last.start, "text");
  $wrapSelectionInMarkNode(selection, false, markId);
  return true;
}
