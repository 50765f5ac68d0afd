import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type TextNode } from "lexical";
import { renderYDoc } from "./render.js";
import { createYDocFromPlainText } from "./seed.js";
import {
  $selectInFirstParagraph,
  suggestedBreakUpdate,
  suggestedJoinUpdate,
} from "./suggestion-typing.js";
import {
  suggestionDecisionUpdate,
  suggestionOnlyRefusal,
  suggestionsInState,
  updateFromEdit,
} from "./suggestions.js";
import { $suggestDeletion, type Suggester } from "../suggestions/suggestion-editing.js";

const CARER = "carer-id";
const OTHER = "other-id";

let made = 0;
function suggester(authorId: string): Suggester {
  return { authorId, newId: () => `b-${++made}`, now: () => "2026-12-02T02:00:00.000Z" };
}

function apply(state: Uint8Array, update: Uint8Array | null): Uint8Array {
  if (!update) throw new Error("no change");
  return Y.mergeUpdates([state, update]);
}

function published(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return renderYDoc(doc).text;
}

/** What everyone sees live: every block's text, pending suggestions included. */
function liveBlocks(state: Uint8Array): string[] {
  let blocks: string[] = [];
  updateFromEdit(state, () => {
    blocks = $getRoot()
      .getChildren()
      .map((block) => block.getTextContent());
    return false;
  });
  return blocks;
}

const ONE = Y.encodeStateAsUpdate(createYDocFromPlainText(["Care close to home."]));
const TWO = Y.encodeStateAsUpdate(createYDocFromPlainText(["Care close to home.", "Every day."]));

function kinds(state: Uint8Array) {
  return suggestionsInState(state).map(({ kind, text, authorId }) => ({ kind, text, authorId }));
}

describe("a suggested new paragraph", () => {
  it("shows as two paragraphs live, one in published text, and is allowed to a suggester", () => {
    const split = suggestedBreakUpdate(ONE, suggester(CARER), 10)!;
    expect(suggestionOnlyRefusal(ONE, split, CARER)).toBeNull();
    const state = apply(ONE, split);
    expect(liveBlocks(state)).toEqual(["Care close", " to home."]);
    expect(kinds(state)).toEqual([{ kind: "split", text: " to home.", authorId: CARER }]);
    expect(published(state)).toBe("Care close to home.");
  });

  it("accepting keeps the new paragraph; rejecting merges it back", () => {
    const state = apply(ONE, suggestedBreakUpdate(ONE, suggester(CARER), 10));
    const id = suggestionsInState(state)[0]!.suggestionId;
    const accepted = apply(state, suggestionDecisionUpdate(state, [id], true));
    expect(published(accepted)).toBe("Care close\n\n to home.");
    expect(suggestionsInState(accepted)).toEqual([]);
    const rejected = apply(state, suggestionDecisionUpdate(state, [id], false));
    expect(liveBlocks(rejected)).toEqual(["Care close to home."]);
    expect(suggestionsInState(rejected)).toEqual([]);
  });

  it("Backspace at the start of one's own new paragraph takes it back", () => {
    const who = suggester(CARER);
    const state = apply(ONE, suggestedBreakUpdate(ONE, who, 10));
    const withdrawn = suggestedJoinUpdate(state, who)!;
    expect(suggestionOnlyRefusal(state, withdrawn, CARER)).toBeNull();
    const after = apply(state, withdrawn);
    expect(liveBlocks(after)).toEqual(["Care close to home."]);
    expect(suggestionsInState(after)).toEqual([]);
  });

  it("a plain paragraph break from a suggester is refused", () => {
    const plain = updateFromEdit(ONE, () => {
      $selectInFirstParagraph(10);
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      selection.insertParagraph();
      return true;
    })!;
    expect(suggestionOnlyRefusal(ONE, plain, CARER)).toMatch(/only suggest/);
  });

  it("a suggester may not accept or withdraw someone else's new paragraph", () => {
    const state = apply(ONE, suggestedBreakUpdate(ONE, suggester(OTHER), 10));
    const id = suggestionsInState(state)[0]!.suggestionId;
    for (const accept of [true, false]) {
      const decision = suggestionDecisionUpdate(state, [id], accept)!;
      expect(suggestionOnlyRefusal(state, decision, CARER)).toMatch(/only suggest/);
    }
  });
});

describe("a suggested join of two paragraphs", () => {
  it("keeps both paragraphs, live and published, until it is accepted", () => {
    const join = suggestedJoinUpdate(TWO, suggester(CARER))!;
    expect(suggestionOnlyRefusal(TWO, join, CARER)).toBeNull();
    const state = apply(TWO, join);
    expect(liveBlocks(state)).toEqual(["Care close to home.", "Every day."]);
    expect(kinds(state)).toEqual([{ kind: "join", text: "Every day.", authorId: CARER }]);
    expect(published(state)).toBe("Care close to home.\n\nEvery day.");
    const id = suggestionsInState(state)[0]!.suggestionId;
    const accepted = apply(state, suggestionDecisionUpdate(state, [id], true));
    expect(published(accepted)).toBe("Care close to home.Every day.");
    const rejected = apply(state, suggestionDecisionUpdate(state, [id], false));
    expect(published(rejected)).toBe("Care close to home.\n\nEvery day.");
    expect(suggestionsInState(rejected)).toEqual([]);
  });

  it("a selection across paragraphs suggests deleting its words and the break", () => {
    const who = suggester(CARER);
    const update = updateFromEdit(TWO, () => {
      const [first, second] = $getRoot().getChildren();
      if (!$isElementNode(first) || !$isElementNode(second)) return false;
      const start = first.getFirstDescendant() as TextNode;
      const end = second.getFirstDescendant() as TextNode;
      $getRoot().selectStart().setTextNodeRange(start, 10, end, 6);
      return $suggestDeletion(true, who);
    })!;
    expect(suggestionOnlyRefusal(TWO, update, CARER)).toBeNull();
    const state = apply(TWO, update);
    expect(kinds(state)).toEqual([
      { kind: "delete", text: " to home.", authorId: CARER },
      { kind: "join", text: "Every day.", authorId: CARER },
      { kind: "delete", text: "Every ", authorId: CARER },
    ]);
    expect(published(state)).toBe("Care close to home.\n\nEvery day.");
    const ids = suggestionsInState(state).map((suggestion) => suggestion.suggestionId);
    const accepted = apply(state, suggestionDecisionUpdate(state, ids, true));
    expect(published(accepted)).toBe("Care closeday.");
  });
});

describe("suggested breaks and other people's edits at the same time", () => {
  it("a split and a join survive an editor typing in the same paragraphs", () => {
    const split = suggestedBreakUpdate(TWO, suggester(CARER), 10)!;
    const join = suggestedJoinUpdate(TWO, suggester(CARER))!;
    const typing = updateFromEdit(TWO, () => {
      const [first, second] = $getRoot().getChildren();
      if (!$isElementNode(first) || !$isElementNode(second)) return false;
      (first.getFirstDescendant() as TextNode).spliceText(0, 0, "Good ", false);
      (second.getFirstDescendant() as TextNode).spliceText(10, 0, " Always.", false);
      return true;
    })!;
    // Made at the same time, from the same text, merged in any order.
    const state = Y.mergeUpdates([TWO, typing, join, split]);
    expect(liveBlocks(state)).toEqual(["Good Care close", " to home.", "Every day. Always."]);
    expect(kinds(state).map(({ kind }) => kind)).toEqual(["split", "join"]);
    expect(published(state)).toBe("Good Care close to home.\n\nEvery day. Always.");
  });
});
