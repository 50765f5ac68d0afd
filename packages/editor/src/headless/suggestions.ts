// Suggestions on the server: what a suggest-only connection may send, the update that accepts
// or rejects a suggestion, and the list of suggestions in a document. Every function works on
// private copies; the live document passed in is only read.
import { type LexicalEditor, type SerializedLexicalNode } from "lexical";
import * as Y from "yjs";
import { withBoundEditor } from "./collab.js";
import {
  $hasNestedSuggestion,
  $resolveSuggestion,
  $suggestionSummaries,
  $withoutSuggestionsOf,
  type SuggestionSummary,
} from "../suggestions/suggestion-changes.js";

/**
 * Runs `edit` in an editor holding a copy of `state` and returns what it changed as one Yjs
 * update against `state` (null when `edit` returns false).
 */
export function updateFromEdit(state: Uint8Array, edit: () => boolean): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      Y.applyUpdate(copy, state);
      const before = Y.encodeStateVector(copy);
      // read() flushes the replayed state first, so the edit below reaches the Y.Doc.
      editor.read(() => {});
      let changed = false;
      editor.update(
        () => {
          changed = edit();
        },
        { discrete: true },
      );
      return changed ? Y.encodeStateAsUpdate(copy, before) : null;
    });
  } finally {
    copy.destroy();
  }
}

/** The update that accepts (or rejects) the given suggestions, or null if none is there. */
export function suggestionDecisionUpdate(
  state: Uint8Array,
  suggestionIds: readonly string[],
  accept: boolean,
): Uint8Array | null {
  return updateFromEdit(state, () =>
    suggestionIds
      .map((suggestionId) => $resolveSuggestion(suggestionId, accept))
      .reduce((any, found) => any || found, false),
  );
}

/** Runs `read` in an editor holding a copy of `state`, after `prepare` changed the copy. */
export function readCopy<T>(
  state: Uint8Array,
  prepare: (() => void) | null,
  read: (editor: LexicalEditor) => T,
): T {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      Y.applyUpdate(copy, state);
      editor.read(() => {});
      if (prepare) editor.update(prepare, { discrete: true });
      return editor.read(() => read(editor));
    });
  } finally {
    copy.destroy();
  }
}

/** The suggestions in a document, one entry each, in document order. */
export function suggestionsInState(state: Uint8Array): SuggestionSummary[] {
  return readCopy(state, null, () => $suggestionSummaries());
}

type AnyNode = SerializedLexicalNode & Record<string, unknown>;

/**
 * A serialized tree in a form where equal text compares equal: neighbouring text nodes of the
 * same look joined, empty ones dropped, and the caret hints Lexical updates as people type
 * (direction, the format for the next typed character) left out.
 */
function comparable(node: AnyNode): unknown {
  const { children, direction: _direction, textFormat: _format, textStyle: _style, ...rest } = node;
  if (!Array.isArray(children)) return rest;
  const joined: AnyNode[] = [];
  for (const child of children as AnyNode[]) {
    if (child.type === "text" && child.text === "") continue;
    const last = joined[joined.length - 1];
    if (
      last &&
      child.type === "text" &&
      last.type === "text" &&
      last.format === child.format &&
      last.style === child.style &&
      last.mode === child.mode &&
      last.detail === child.detail
    ) {
      joined[joined.length - 1] = { ...last, text: `${String(last.text)}${String(child.text)}` };
    } else {
      joined.push(child);
    }
  }
  return { ...rest, children: joined.map(comparable) };
}

function textWithoutSuggestionsOf(state: Uint8Array, authorId: string) {
  let nested = false;
  const tree = readCopy(
    state,
    () => {
      // Checked before the person's own suggestions are taken away.
      nested = $hasNestedSuggestion();
      $withoutSuggestionsOf(authorId);
    },
    (editor) =>
      JSON.stringify(comparable(editor.getEditorState().toJSON().root as unknown as AnyNode)),
  );
  return { tree, nested };
}

/**
 * Why a connection that may only suggest may not apply `update` as `authorId`, or null if it
 * may: with that person's own suggestions taken away, the text must be exactly as before. So
 * they can add, change and withdraw their own suggestions, and nothing else: no plain text, and
 * no change to anyone else's suggestion.
 */
export function suggestionOnlyRefusal(
  currentState: Uint8Array,
  update: Uint8Array,
  authorId: string,
): string | null {
  const after = new Y.Doc({ gc: false });
  let afterState: Uint8Array;
  try {
    Y.applyUpdate(after, currentState);
    Y.applyUpdate(after, update);
    if (after.store.pendingStructs !== null || after.store.pendingDs !== null) {
      return "This change builds on changes the server does not have.";
    }
    afterState = Y.encodeStateAsUpdate(after);
  } finally {
    after.destroy();
  }
  const before = textWithoutSuggestionsOf(currentState, authorId);
  const next = textWithoutSuggestionsOf(afterState, authorId);
  if (next.nested && !before.nested)
    return "A suggestion cannot be made inside another suggestion.";
  if (before.tree !== next.tree) {
    return "You can only suggest changes here: your words are kept as a suggestion for an editor to accept.";
  }
  return null;
}
