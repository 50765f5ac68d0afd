// What can happen to suggestions, as Lexical changes: accept or reject one, and the two views
// the server needs of a document: the published text (no pending suggestion in it) and the
// text without one person's suggestions (to check that a contributor changed nothing else).
import { $dfs } from "@lexical/utils";
import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from "lexical";
import { $isSuggestionNode, type SuggestionMark, type SuggestionNode } from "./suggestion-node.js";
import { $getSuggestedBreak, $resolveSuggestedBreak, type BreakKind } from "./suggested-break.js";

export interface SuggestionSummary extends Omit<SuggestionMark, "kind"> {
  /** Words added or removed, or a paragraph break added ("split") or removed ("join"). */
  kind: SuggestionMark["kind"] | BreakKind;
  /**
   * The suggested words (for an insertion) or the words proposed for removal; for a break, the
   * start of the block after it, so people can tell which break it is.
   */
  text: string;
}

/** Every suggestion node, in document order. */
export function $suggestionNodes(): SuggestionNode[] {
  return $dfs($getRoot())
    .map(({ node }) => node)
    .filter((node: LexicalNode): node is SuggestionNode => $isSuggestionNode(node));
}

/** Every block whose break before it is a suggestion, in document order. */
export function $suggestedBreakBlocks(): ElementNode[] {
  return $dfs($getRoot())
    .map(({ node }) => node)
    .filter(
      (node: LexicalNode): node is ElementNode =>
        $isElementNode(node) && $getSuggestedBreak(node) !== null,
    );
}

/** The mark of every suggestion node and suggested break, one per node, in document order. */
export function $suggestionMarks(): Array<Omit<SuggestionSummary, "text">> {
  const marks: Array<Omit<SuggestionSummary, "text">> = [];
  for (const { node } of $dfs($getRoot())) {
    const breakMark = $getSuggestedBreak(node);
    if (breakMark) marks.push(breakMark);
    if ($isSuggestionNode(node)) marks.push(node.getMark());
  }
  return marks;
}

const BREAK_CONTEXT_LENGTH = 40;

/** One entry per suggestion (a suggestion split by others' edits may have several nodes). */
export function $suggestionSummaries(): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  for (const { node } of $dfs($getRoot())) {
    const breakMark = $getSuggestedBreak(node);
    if (breakMark && !byId.has(breakMark.suggestionId)) {
      const start = node.getTextContent().slice(0, BREAK_CONTEXT_LENGTH);
      byId.set(breakMark.suggestionId, { ...breakMark, text: start });
    }
    if (!$isSuggestionNode(node)) continue;
    const mark = node.getMark();
    const found = byId.get(mark.suggestionId);
    if (found) found.text += node.getTextContent();
    else byId.set(mark.suggestionId, { ...mark, text: node.getTextContent() });
  }
  return [...byId.values()];
}

/** Puts a suggestion's words back in its place as ordinary text. */
function $unwrap(node: SuggestionNode) {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

/**
 * Accepting an insertion keeps its words as ordinary text, accepting a deletion removes them;
 * rejecting does the reverse.
 */
export function $resolveSuggestionNode(node: SuggestionNode, accept: boolean) {
  const keepsWords = (node.getMark().kind === "insert") === accept;
  if (keepsWords) $unwrap(node);
  else node.remove();
}

/** Accepts or rejects every node of suggestion `suggestionId`; false if there is none. */
export function $resolveSuggestion(suggestionId: string, accept: boolean): boolean {
  const nodes = $suggestionNodes().filter((node) => node.getMark().suggestionId === suggestionId);
  for (const node of nodes) $resolveSuggestionNode(node, accept);
  const blocks = $suggestedBreakBlocks().filter(
    (block) => $getSuggestedBreak(block)?.suggestionId === suggestionId,
  );
  for (const block of blocks) $resolveSuggestedBreak(block, accept);
  return nodes.length + blocks.length > 0;
}

/**
 * The text as published: pending insertions left out, words proposed for deletion kept. Only
 * ever run on a private copy of a document.
 */
export function $keepAcceptedTextOnly() {
  for (const node of $suggestionNodes()) $resolveSuggestionNode(node, false);
  for (const block of $suggestedBreakBlocks()) $resolveSuggestedBreak(block, false);
}

/** The text as it would be without `authorId`'s suggestions. Only on a private copy. */
export function $withoutSuggestionsOf(authorId: string) {
  for (const node of $suggestionNodes()) {
    if (node.getMark().authorId === authorId) $resolveSuggestionNode(node, false);
  }
  for (const block of $suggestedBreakBlocks()) {
    if ($getSuggestedBreak(block)?.authorId === authorId) $resolveSuggestedBreak(block, false);
  }
}

/** A suggestion inside another (e.g. deleting someone's suggested words): not allowed. */
export function $hasNestedSuggestion(): boolean {
  return $suggestionNodes().some((node) =>
    node.getParents().some((parent) => $isSuggestionNode(parent)),
  );
}
