// Input-method composition in Suggesting mode, as far as a headless editor can show it: the
// caret is moved into the person's own insertion before the composition starts, the composed
// text lands there (as Lexical writes what the browser composed into the node at the caret),
// and the placeholder goes at the end. The browser's part is in the end-to-end test.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $getSelection, $isRangeSelection, $isTextNode } from "lexical";
import { renderYDoc } from "./render.js";
import { createYDocFromPlainText } from "./seed.js";
import { $selectInFirstParagraph } from "./suggestion-typing.js";
import { suggestionOnlyRefusal, suggestionsInState, updateFromEdit } from "./suggestions.js";
import {
  $dropCompositionPlaceholders,
  $prepareCompositionAsSuggestion,
  type Suggester,
} from "../suggestions/suggestion-editing.js";

const CARER = "carer-id";
const who: Suggester = { authorId: CARER, newId: () => "c-1", now: () => "" };
const START = Y.encodeStateAsUpdate(createYDocFromPlainText(["Care close to home."]));

/** What Lexical does as the browser composes: the composed text goes in at the caret. */
function $compose(text: string) {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error("no caret");
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) throw new Error("the caret is not in text");
  node.spliceText(selection.anchor.offset, 0, text, true);
}

describe("composing text in Suggesting mode", () => {
  it("becomes the person's own suggestion, not plain text", () => {
    const update = updateFromEdit(START, () => {
      $selectInFirstParagraph(5);
      $prepareCompositionAsSuggestion(who);
      $compose("にほん");
      $compose("ご");
      return $dropCompositionPlaceholders(who);
    })!;
    expect(suggestionOnlyRefusal(START, update, CARER)).toBeNull();
    const state = Y.mergeUpdates([START, update]);
    expect(suggestionsInState(state).map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: "insert", text: "にほんご" },
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(renderYDoc(doc).text).toBe("Care close to home.");
  });

  it("without the preparation the same composition would be refused", () => {
    const update = updateFromEdit(START, () => {
      $selectInFirstParagraph(5);
      $compose("にほん");
      return true;
    })!;
    expect(suggestionOnlyRefusal(START, update, CARER)).toMatch(/only suggest/);
  });
});
