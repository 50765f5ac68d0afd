// Typing and deleting in Suggesting mode, as Lexical changes on the current selection. Typed
// words become (or extend) the person's own insertion; deleted words are wrapped in their own
// deletion instead of removed, except words of their own insertion, which simply go. Words of
// anyone else's suggestion are left alone. Enter suggests a new paragraph; deleting a
// paragraph break (at a paragraph's edge, or in a selection across paragraphs) suggests
// joining the two (see suggested-break.ts).
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  type ElementNode,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from "lexical";
import { $getNearestBlockElementAncestorOrThrow } from "@lexical/utils";
import {
  $getSuggestedBreak,
  $resolveSuggestedBreak,
  $setSuggestedBreak,
  type BreakKind,
} from "./suggested-break.js";
import {
  $createSuggestionNode,
  $isSuggestionNode,
  type SuggestionKind,
  type SuggestionNode,
} from "./suggestion-node.js";

export interface Suggester {
  authorId: string;
  /** A new, unique suggestion id. */
  newId(): string;
  /** Now, as ISO 8601. */
  now(): string;
}

function $suggestionAround(node: LexicalNode): SuggestionNode | null {
  const parent = node.getParent();
  return $isSuggestionNode(parent) ? parent : null;
}

function isOwn(node: SuggestionNode | null, suggester: Suggester, kind: SuggestionKind) {
  if (!node) return false;
  const mark = node.getMark();
  return mark.authorId === suggester.authorId && mark.kind === kind;
}

function newMark<K extends SuggestionKind | BreakKind>(suggester: Suggester, kind: K) {
  return {
    suggestionId: suggester.newId(),
    authorId: suggester.authorId,
    kind,
    createdAt: suggester.now(),
  };
}

/** Inserts `text` at the caret as `suggester`'s suggestion; a selected range is suggested for deletion first. */
export function $suggestInsertText(text: string, suggester: Suggester): boolean {
  let selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) {
    $suggestDeletion(false, suggester);
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return true;
  }
  if (text === "") return true;
  const anchor = selection.anchor;
  const node = anchor.getNode();
  if ($isTextNode(node)) {
    const around = $suggestionAround(node);
    if (isOwn(around, suggester, "insert")) {
      node.spliceText(anchor.offset, 0, text, true);
      return true;
    }
    // Someone else's suggestion (or a deletion): type after it instead.
    if (around) {
      around.selectNext(0, 0);
      return $suggestInsertText(text, suggester);
    }
    // Just after one's own insertion: keep adding to it.
    const previous = anchor.offset === 0 ? node.getPreviousSibling() : null;
    if ($isSuggestionNode(previous) && isOwn(previous, suggester, "insert")) {
      const last = previous.getLastDescendant();
      if ($isTextNode(last)) {
        last.spliceText(last.getTextContentSize(), 0, text, true);
        return true;
      }
    }
  }
  const words = $createTextNode(text);
  words.setFormat(selection.format);
  const insertion = $createSuggestionNode(newMark(suggester, "insert")).append(words);
  selection.insertNodes([insertion]);
  words.select(text.length, text.length);
  return true;
}

/** The text nodes of the block around `node`, in order. */
function blockTextNodes(node: LexicalNode): TextNode[] {
  return $getNearestBlockElementAncestorOrThrow(node).getAllTextNodes();
}

/** Selects the one character before (or after) a collapsed caret in the same block; false at its edge. */
function $selectNextCharacter(selection: RangeSelection, backward: boolean): boolean {
  const anchor = selection.anchor;
  let node = anchor.getNode();
  let offset = anchor.offset;
  if ($isElementNode(node)) {
    // A caret between children: move it into the neighbouring text.
    const child = node.getChildAtIndex(backward ? offset - 1 : offset);
    const text = $isElementNode(child)
      ? backward
        ? child.getLastDescendant()
        : child.getFirstDescendant()
      : child;
    if (!$isTextNode(text)) return false;
    node = text;
    offset = backward ? text.getTextContentSize() : 0;
  }
  if (!$isTextNode(node)) return false;
  const texts = blockTextNodes(node);
  let index = texts.findIndex((text) => text.is(node));
  while (backward ? offset === 0 : offset === texts[index]!.getTextContentSize()) {
    index += backward ? -1 : 1;
    const next = texts[index];
    if (!next) return false;
    offset = backward ? next.getTextContentSize() : 0;
  }
  const text = texts[index]!;
  const from = backward ? offset - 1 : offset;
  selection.setTextNodeRange(text, from, text, from + 1);
  return true;
}

/**
 * Suggests deleting the selected words, or the character before (after) the caret. Moves the
 * caret to the start (or end) of what was marked, as deleting would.
 */
export function $suggestDeletion(backward: boolean, suggester: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.isCollapsed() && !$selectNextCharacter(selection, backward)) {
    $suggestJoinAtEdge(selection, backward, suggester);
    return true;
  }
  // The breaks inside the selection, found before its words are marked.
  const [first, last] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const breaksAfter = blocksAfterBreaksBetween(first.getNode(), last.getNode());
  const texts = selection.extract().filter($isTextNode);
  // Where the caret goes afterwards: before the first affected words, or after the last.
  let caretBefore: (() => void) | null = null;
  let caretAfter: (() => void) | null = null;
  for (const text of texts) {
    const around = $suggestionAround(text);
    if (around && isOwn(around, suggester, "insert")) {
      // One's own suggested words are simply taken back.
      const previous = text.getPreviousSibling();
      const next = text.getNextSibling();
      text.remove();
      const place = $isTextNode(previous)
        ? () => previous.select()
        : $isTextNode(next)
          ? () => next.select(0, 0)
          : null;
      if (around.getChildrenSize() === 0) {
        const before = around.getPreviousSibling();
        const after = around.getNextSibling();
        around.remove();
        const outside = $isTextNode(before)
          ? () => before.select()
          : $isTextNode(after)
            ? () => after.select(0, 0)
            : null;
        caretBefore ??= outside;
        caretAfter = outside;
      } else {
        caretBefore ??= place;
        caretAfter = place;
      }
      continue;
    }
    if (around) {
      caretBefore ??= () => around.selectPrevious();
      caretAfter = () => around.selectNext(0, 0);
      continue;
    }
    const previous = text.getPreviousSibling();
    let deletion: SuggestionNode;
    if ($isSuggestionNode(previous) && isOwn(previous, suggester, "delete")) {
      deletion = previous.append(text);
    } else {
      deletion = $createSuggestionNode(newMark(suggester, "delete"));
      text.insertBefore(deletion);
      deletion.append(text);
    }
    const next = deletion.getNextSibling();
    if ($isSuggestionNode(next) && isOwn(next, suggester, "delete")) {
      deletion.append(...next.getChildren());
      next.remove();
    }
    const marked = deletion;
    caretBefore ??= () => marked.selectPrevious();
    caretAfter = () => marked.selectNext(0, 0);
  }
  const place = backward ? caretBefore : caretAfter;
  place?.();
  for (const block of breaksAfter) $suggestJoin(block, suggester);
  return true;
}

/** The blocks after each paragraph break between two places (same parent only). */
function blocksAfterBreaksBetween(from: LexicalNode, to: LexicalNode): ElementNode[] {
  const start = $getNearestBlockElementAncestorOrThrow(from);
  const end = $getNearestBlockElementAncestorOrThrow(to);
  if (start.is(end) || !start.getParent()?.is(end.getParent())) return [];
  const blocks: ElementNode[] = [];
  for (let block = start.getNextSibling(); block; block = block.getNextSibling()) {
    if (!$isElementNode(block)) break;
    blocks.push(block);
    if (block.is(end)) break;
  }
  return blocks;
}

/**
 * Suggests removing the break before `block`. One's own suggested break is simply taken back
 * (the blocks merge); a break someone else suggested, or one already proposed for removal, is
 * left alone.
 */
function $suggestJoin(block: ElementNode, suggester: Suggester) {
  if (!$isElementNode(block.getPreviousSibling())) return;
  const mark = $getSuggestedBreak(block);
  if (mark) {
    if (mark.kind === "split" && mark.authorId === suggester.authorId) {
      $resolveSuggestedBreak(block, false);
    }
    return;
  }
  $setSuggestedBreak(block, newMark(suggester, "join"));
}

/** Backspace at a block's start or Delete at its end: suggests joining it with its neighbour. */
function $suggestJoinAtEdge(selection: RangeSelection, backward: boolean, suggester: Suggester) {
  const block = $getNearestBlockElementAncestorOrThrow(selection.anchor.getNode());
  const after = backward ? block : block.getNextSibling();
  const before = after?.getPreviousSibling();
  if (!$isElementNode(after) || !$isElementNode(before)) return;
  const ownSplit = $getSuggestedBreak(after);
  const withdrawing = ownSplit?.kind === "split" && ownSplit.authorId === suggester.authorId;
  const caretAt = before.getChildrenSize();
  $suggestJoin(after, suggester);
  // Taking back one's own break merges the blocks: the caret goes where the break was.
  if (withdrawing) before.select(caretAt, caretAt);
}

/**
 * Enter in Suggesting mode: splits the block at the caret, marking the new break as
 * `suggester`'s suggestion (on the block after it). A selection is suggested for deletion first.
 * Not inside someone else's suggested words, whose suggestion must stay whole.
 */
export function $suggestParagraphBreak(suggester: Suggester): boolean {
  let selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) {
    $suggestDeletion(false, suggester);
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return true;
  }
  const around = $suggestionAround(selection.anchor.getNode());
  if (around && !isOwn(around, suggester, "insert")) return true;
  const block = $getNearestBlockElementAncestorOrThrow(selection.anchor.getNode());
  const breakBefore = $getSuggestedBreak(block);
  selection.insertParagraph();
  const caret = $getSelection();
  if (!$isRangeSelection(caret)) return true;
  const after = $getNearestBlockElementAncestorOrThrow(caret.anchor.getNode());
  const before = after.getPreviousSibling();
  // The break that was before the original block stays before the first of the two.
  if ($isElementNode(before)) $setSuggestedBreak(before, breakBefore);
  $setSuggestedBreak(after, newMark(suggester, "split"));
  return true;
}

/**
 * Where typed-but-not-yet-composed text (an input method: Japanese, Chinese, some phone
 * keyboards) goes in Suggesting mode. The browser writes a composition straight into the page
 * and cannot be stopped, so before it starts the caret is moved into the person's own
 * insertion, holding a zero-width placeholder (an insertion cannot be empty). Everything the
 * composition writes then lands in their suggestion; the placeholder is dropped afterwards.
 */
export const COMPOSITION_PLACEHOLDER = "\u200b";

export function $prepareCompositionAsSuggestion(suggester: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.isCollapsed()) {
    const anchor = selection.anchor;
    const node = anchor.getNode();
    const around = $isTextNode(node) ? $suggestionAround(node) : null;
    // Already inside one's own insertion, away from its start: compose right there.
    if (around && isOwn(around, suggester, "insert") && anchor.offset > 0) return true;
  }
  return $suggestInsertText(COMPOSITION_PLACEHOLDER, suggester);
}

/** Drops the placeholders left in `suggester`'s own insertions once a composition ended. */
export function $dropCompositionPlaceholders(suggester: Suggester): boolean {
  let changed = false;
  for (const text of $getRoot().getAllTextNodes()) {
    const content = text.getTextContent();
    if (!content.includes(COMPOSITION_PLACEHOLDER)) continue;
    if (!isOwn($suggestionAround(text), suggester, "insert")) continue;
    const kept = content.split(COMPOSITION_PLACEHOLDER).join("");
    changed = true;
    if (kept === "") {
      const around = $suggestionAround(text)!;
      text.remove();
      if (around.getChildrenSize() === 0) around.remove();
    } else {
      const selection = $getSelection();
      const caret =
        $isRangeSelection(selection) && selection.anchor.key === text.getKey()
          ? content.slice(0, selection.anchor.offset).split(COMPOSITION_PLACEHOLDER).join("").length
          : null;
      text.setTextContent(kept);
      if (caret !== null) text.select(caret, caret);
    }
  }
  return changed;
}
