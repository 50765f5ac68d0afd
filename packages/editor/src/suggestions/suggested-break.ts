// A suggested paragraph break, or a suggested join of two paragraphs. Both are kept as a node
// state on the block AFTER the break, so they travel through Yjs with the block: a suggested
// split is a real new block whose state says "the break before me is only suggested"
// (rejecting merges it back); a suggested join keeps both blocks, with the state saying "the
// break before me is suggested for removal" (accepting merges them). See
// docs/decisions/0011-suggestions.md.
import {
  $getState,
  $isElementNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
} from "lexical";

export type BreakKind = "split" | "join";

export interface BreakMark {
  suggestionId: string;
  authorId: string;
  kind: BreakKind;
  createdAt: string;
}

function parseBreak(json: unknown): BreakMark | null {
  if (!json || typeof json !== "object") return null;
  const value = json as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === "string" ? field : "");
  const suggestionId = text(value.suggestionId);
  if (!suggestionId) return null;
  return {
    suggestionId,
    authorId: text(value.authorId),
    // Anything but a join counts as a split: an unknown break never reaches published text.
    kind: value.kind === "join" ? "join" : "split",
    createdAt: text(value.createdAt),
  };
}

export const suggestedBreakState = createState("suggestedBreak", {
  parse: parseBreak,
  isEqual: (a, b) =>
    a === b ||
    (a !== null &&
      b !== null &&
      a.suggestionId === b.suggestionId &&
      a.authorId === b.authorId &&
      a.kind === b.kind &&
      a.createdAt === b.createdAt),
});

/** The suggested break before `block`, if any. */
export function $getSuggestedBreak(block: LexicalNode): BreakMark | null {
  return $isElementNode(block) ? $getState(block, suggestedBreakState) : null;
}

export function $setSuggestedBreak(block: ElementNode, mark: BreakMark | null) {
  $setState(block, suggestedBreakState, mark);
}

/** Moves `block`'s children to the end of the block before it and removes `block`. */
function $mergeIntoPrevious(block: ElementNode) {
  const previous = block.getPreviousSibling();
  if (!$isElementNode(previous)) {
    $setSuggestedBreak(block, null);
    return;
  }
  previous.append(...block.getChildren());
  block.remove();
}

/**
 * Accepting a split keeps the new block; accepting a join merges the two. Rejecting does the
 * reverse. Either way the state goes.
 */
export function $resolveSuggestedBreak(block: ElementNode, accept: boolean) {
  const mark = $getSuggestedBreak(block);
  if (!mark) return;
  const keepsBreak = (mark.kind === "split") === accept;
  $setSuggestedBreak(block, null);
  if (!keepsBreak) $mergeIntoPrevious(block);
}
