// What a person in Suggesting mode sends when they type or delete at a place in the first
// paragraph, made by the editor's own Suggesting-mode functions on a copy of the text. For
// tests of the server (a raw client, the procedures) that need real suggestions.
import { $getRoot, $isElementNode, type TextNode } from "lexical";
import {
  $suggestDeletion,
  $suggestInsertText,
  $suggestParagraphBreak,
  type Suggester,
} from "../suggestions/suggestion-editing.js";
import { updateFromEdit } from "./suggestions.js";

/** Selects characters `from`..`to` of the first paragraph (suggested words count too). */
export function $selectInFirstParagraph(from: number, to = from) {
  const paragraph = $getRoot().getFirstChild();
  if (!$isElementNode(paragraph)) throw new Error("The section has no paragraph");
  const texts = paragraph.getAllTextNodes();
  const pointAt = (target: number): [TextNode, number] => {
    let seen = 0;
    for (const text of texts) {
      if (target <= seen + text.getTextContentSize()) return [text, target - seen];
      seen += text.getTextContentSize();
    }
    throw new Error(`The paragraph is shorter than ${target} characters`);
  };
  const [start, startOffset] = pointAt(from);
  const [end, endOffset] = pointAt(to);
  $getRoot().selectStart().setTextNodeRange(start, startOffset, end, endOffset);
}

/** The update of typing `text` at character `offset` of the first paragraph. */
export function suggestedInsertionUpdate(
  state: Uint8Array,
  suggester: Suggester,
  offset: number,
  text: string,
): Uint8Array | null {
  return updateFromEdit(state, () => {
    $selectInFirstParagraph(offset);
    return $suggestInsertText(text, suggester);
  });
}

/** The update of selecting characters `from`..`to` of the first paragraph and pressing Backspace. */
export function suggestedDeletionUpdate(
  state: Uint8Array,
  suggester: Suggester,
  from: number,
  to: number,
): Uint8Array | null {
  return updateFromEdit(state, () => {
    $selectInFirstParagraph(from, to);
    return $suggestDeletion(true, suggester);
  });
}

/** The update of pressing Enter at character `offset` of the first paragraph. */
export function suggestedBreakUpdate(
  state: Uint8Array,
  suggester: Suggester,
  offset: number,
): Uint8Array | null {
  return updateFromEdit(state, () => {
    $selectInFirstParagraph(offset);
    return $suggestParagraphBreak(suggester);
  });
}

/** The update of pressing Backspace at the start of the second block. */
export function suggestedJoinUpdate(state: Uint8Array, suggester: Suggester): Uint8Array | null {
  return updateFromEdit(state, () => {
    const second = $getRoot().getChildAtIndex(1);
    if (!$isElementNode(second)) throw new Error("The section has one block only");
    second.selectStart();
    return $suggestDeletion(true, suggester);
  });
}
