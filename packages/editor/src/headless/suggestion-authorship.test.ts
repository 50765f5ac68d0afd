import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { $getRoot } from "lexical";
import { createYDocFromPlainText } from "./seed.js";
import { suggestionAuthorshipRefusal } from "./suggestion-authorship.js";
import {
  suggestedBreakUpdate,
  suggestedInsertionUpdate,
  suggestedJoinUpdate,
} from "./suggestion-typing.js";
import { suggestionDecisionUpdate, suggestionsInState, updateFromEdit } from "./suggestions.js";
import { $suggestionNodes } from "../suggestions/suggestion-changes.js";
import type { Suggester } from "../suggestions/suggestion-editing.js";

const EDITOR = "editor-id";
const CARER = "carer-id";

let made = 0;
function suggester(authorId: string): Suggester {
  return { authorId, newId: () => `a-${++made}`, now: () => "2026-12-02T02:00:00.000Z" };
}

const apply = (state: Uint8Array, update: Uint8Array | null) => {
  if (!update) throw new Error("no change");
  return Y.mergeUpdates([state, update]);
};

const START = Y.encodeStateAsUpdate(createYDocFromPlainText(["Care close to home.", "Every day."]));
const WITH_CARERS = apply(START, suggestedInsertionUpdate(START, suggester(CARER), 5, "that is "));

describe("who a suggestion is from, for every connection", () => {
  it("lets anyone make suggestions in their own name, and type plain text", () => {
    for (const update of [
      suggestedInsertionUpdate(START, suggester(EDITOR), 0, "Good "),
      suggestedBreakUpdate(START, suggester(EDITOR), 4),
      suggestedJoinUpdate(START, suggester(EDITOR)),
      updateFromEdit(START, () => {
        $getRoot().getAllTextNodes()[0]!.spliceText(0, 0, "Not ", false);
        return true;
      }),
    ]) {
      expect(suggestionAuthorshipRefusal(START, update!, EDITOR)).toBeNull();
    }
  });

  it("refuses a suggestion made in someone else's name, inline or a break", () => {
    for (const update of [
      suggestedInsertionUpdate(START, suggester(CARER), 0, "Good "),
      suggestedBreakUpdate(START, suggester(CARER), 4),
      suggestedJoinUpdate(START, suggester(CARER)),
    ]) {
      expect(suggestionAuthorshipRefusal(START, update!, EDITOR)).toMatch(/your own name/);
    }
  });

  it("lets an editor accept or reject someone's suggestion, but not change its author", () => {
    const id = suggestionsInState(WITH_CARERS)[0]!.suggestionId;
    for (const accept of [true, false]) {
      const decision = suggestionDecisionUpdate(WITH_CARERS, [id], accept)!;
      expect(suggestionAuthorshipRefusal(WITH_CARERS, decision, EDITOR)).toBeNull();
    }
    const stolen = updateFromEdit(WITH_CARERS, () => {
      const node = $suggestionNodes()[0]!.getWritable();
      node.__authorId = EDITOR;
      return true;
    })!;
    expect(suggestionAuthorshipRefusal(WITH_CARERS, stolen, EDITOR)).toMatch(/not changed/);
  });
});
