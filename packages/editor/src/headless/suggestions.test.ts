import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $getRoot, $isElementNode, $isTextNode, type TextNode } from "lexical";
import { renderYDoc } from "./render.js";
import {
  $selectInFirstParagraph,
  suggestedDeletionUpdate,
  suggestedInsertionUpdate,
} from "./suggestion-typing.js";
import { createYDocFromPlainText } from "./seed.js";
import {
  suggestionDecisionUpdate,
  suggestionOnlyRefusal,
  suggestionsInState,
  updateFromEdit,
} from "./suggestions.js";
import {
  $suggestDeletion,
  $suggestInsertText,
  type Suggester,
} from "../suggestions/suggestion-editing.js";
import { $createSuggestionNode } from "../suggestions/suggestion-node.js";

const CARER = "carer-id";
const OTHER = "other-id";

let made = 0;
function suggester(authorId: string): Suggester {
  return { authorId, newId: () => `s-${++made}`, now: () => "2026-12-02T02:00:00.000Z" };
}

/** The first paragraph's text nodes, in order (suggested words included). */
function firstParagraphTexts(): TextNode[] {
  const paragraph = $getRoot().getFirstChild();
  if (!$isElementNode(paragraph)) throw new Error("no paragraph");
  return paragraph.getAllTextNodes();
}

function apply(state: Uint8Array, update: Uint8Array | null): Uint8Array {
  if (!update) throw new Error("no change");
  return Y.mergeUpdates([state, update]);
}

function docOf(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

const START = Y.encodeStateAsUpdate(createYDocFromPlainText(["Care close to home."]));

/** The carer puts the caret at `offset` and types `text` in Suggesting mode. */
function insertAt(state: Uint8Array, offset: number, text: string, who = suggester(CARER)) {
  return suggestedInsertionUpdate(state, who, offset, text);
}

function deleteRange(state: Uint8Array, from: number, to: number, who = suggester(CARER)) {
  return suggestedDeletionUpdate(state, who, from, to);
}

describe("suggestions in a section's text", () => {
  it("shows a pending insertion and deletion to editors but never in the published text", () => {
    let state = apply(START, insertAt(START, 5, "that is "));
    state = apply(state, deleteRange(state, 22, 27));
    const list = suggestionsInState(state);
    expect(list.map(({ kind, text, authorId }) => ({ kind, text, authorId }))).toEqual([
      { kind: "insert", text: "that is ", authorId: CARER },
      { kind: "delete", text: "home.", authorId: CARER },
    ]);
    const published = renderYDoc(docOf(state));
    expect(published.text).toBe("Care close to home.");
    expect(published.html).not.toContain("that is");
    expect(published.markdown).toBe("Care close to home.");
  });

  it("typing on extends one's own insertion, and backspace takes one's own words back", () => {
    const who = suggester(CARER);
    let state = apply(START, insertAt(START, 4, " a", who));
    state = apply(
      state,
      updateFromEdit(state, () => {
        $selectInFirstParagraph(6);
        $suggestInsertText("nd", who);
        return $suggestDeletion(true, who);
      }),
    );
    expect(suggestionsInState(state).map((s) => s.text)).toEqual([" an"]);
  });

  it("accepting makes the words ordinary text; rejecting takes them away", () => {
    let state = apply(START, insertAt(START, 5, "that is "));
    state = apply(state, deleteRange(state, 13, 19));
    const [insertion, deletion] = suggestionsInState(state);
    const accepted = apply(state, suggestionDecisionUpdate(state, [insertion!.suggestionId], true));
    expect(renderYDoc(docOf(accepted)).text).toBe("Care that is close to home.");
    const bothAccepted = apply(
      accepted,
      suggestionDecisionUpdate(accepted, [deletion!.suggestionId], true),
    );
    expect(renderYDoc(docOf(bothAccepted)).text).toBe("Care that is to home.");
    const rejected = apply(
      state,
      suggestionDecisionUpdate(state, [insertion!.suggestionId], false),
    );
    expect(renderYDoc(docOf(rejected)).text).toBe("Care close to home.");
    expect(suggestionsInState(rejected).map((s) => s.kind)).toEqual(["delete"]);
    expect(suggestionDecisionUpdate(state, ["no-such-id"], true)).toBeNull();
  });
});

describe("what a connection that may only suggest may send", () => {
  it("accepts one's own insertion and deletion, and withdrawing them", () => {
    const insertion = insertAt(START, 5, "that is ")!;
    expect(suggestionOnlyRefusal(START, insertion, CARER)).toBeNull();
    const state = apply(START, insertion);
    const deletion = deleteRange(state, 5, 11)!;
    expect(suggestionOnlyRefusal(state, deletion, CARER)).toBeNull();
    const id = suggestionsInState(state)[0]!.suggestionId;
    expect(
      suggestionOnlyRefusal(state, suggestionDecisionUpdate(state, [id], false)!, CARER),
    ).toBeNull();
  });

  it("refuses plain text, and a suggestion in someone else's name", () => {
    const plain = updateFromEdit(START, () => {
      const first = firstParagraphTexts()[0]!;
      first.spliceText(0, 0, "Not ", false);
      return true;
    })!;
    expect(suggestionOnlyRefusal(START, plain, CARER)).toMatch(/only suggest/);
    const asOther = insertAt(START, 5, "that is ", suggester(OTHER))!;
    expect(suggestionOnlyRefusal(START, asOther, CARER)).toMatch(/only suggest/);
  });

  it("refuses removing, accepting or changing another person's suggestion", () => {
    const state = apply(START, insertAt(START, 5, "that is ", suggester(OTHER)));
    const id = suggestionsInState(state)[0]!.suggestionId;
    for (const accept of [true, false]) {
      const decision = suggestionDecisionUpdate(state, [id], accept)!;
      expect(suggestionOnlyRefusal(state, decision, CARER)).toMatch(/only suggest/);
    }
    const changed = updateFromEdit(state, () => {
      const inside = firstParagraphTexts().find((text) => text.getTextContent() === "that is ")!;
      inside.spliceText(0, 0, "all ", false);
      return true;
    })!;
    expect(suggestionOnlyRefusal(state, changed, CARER)).toMatch(/only suggest/);
  });

  it("refuses a deletion made inside someone else's suggestion", () => {
    const state = apply(START, insertAt(START, 5, "that is ", suggester(OTHER)));
    const nested = updateFromEdit(state, () => {
      const inside = firstParagraphTexts().find((text) => text.getTextContent() === "that is ")!;
      const [, middle] = inside.splitText(1, 3);
      const mark = $createSuggestionNode({
        suggestionId: "x",
        authorId: CARER,
        kind: "delete",
        createdAt: "",
      });
      middle!.insertBefore(mark);
      mark.append(middle!);
      return $isTextNode(middle);
    })!;
    expect(suggestionOnlyRefusal(state, nested, CARER)).toMatch(/inside another/);
  });
});
