// Who a suggestion is from, checked for every connection (editors' too): a change may create
// suggestions only in the sender's own name, and may not change who made someone else's
// suggestion, what kind it is or when it was made. Removing someone's suggestion (accepting or
// rejecting it, or deleting the words around it) and ordinary editing of the words inside it
// stay open to people who may edit. The stricter rule for people who may only suggest is
// suggestionOnlyRefusal.
import * as Y from "yjs";
import { readCopy } from "./suggestions.js";
import { $suggestionMarks } from "../suggestions/suggestion-changes.js";

type Mark = ReturnType<typeof $suggestionMarks>[number];

const markKey = (mark: Mark) =>
  JSON.stringify([mark.suggestionId, mark.authorId, mark.kind, mark.createdAt]);

/** Each suggestion id with the distinct marks its nodes carry. */
function marksById(state: Uint8Array): Map<string, { authors: Set<string>; keys: Set<string> }> {
  const byId = new Map<string, { authors: Set<string>; keys: Set<string> }>();
  for (const mark of readCopy(state, null, () => $suggestionMarks())) {
    const entry = byId.get(mark.suggestionId) ?? { authors: new Set(), keys: new Set() };
    entry.authors.add(mark.authorId);
    entry.keys.add(markKey(mark));
    byId.set(mark.suggestionId, entry);
  }
  return byId;
}

/** True when the update only types and deletes: then it cannot make or change a mark. */
function onlyTypesAndDeletes(update: Uint8Array): boolean {
  return Y.decodeUpdate(update).structs.every(
    (struct) =>
      !(struct instanceof Y.Item) ||
      struct.content instanceof Y.ContentString ||
      struct.content instanceof Y.ContentDeleted,
  );
}

/**
 * Why `userId` may not send `update`, as far as suggestions' authors go; null if they may.
 * `state` may be a function: it is only built when the update does more than type and delete.
 */
export function suggestionAuthorshipRefusal(
  state: Uint8Array | (() => Uint8Array),
  update: Uint8Array,
  userId: string,
): string | null {
  if (onlyTypesAndDeletes(update)) return null;
  const currentState = typeof state === "function" ? state() : state;
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
  const before = marksById(currentState);
  for (const [id, now] of marksById(afterState)) {
    const was = before.get(id);
    const othersInvolved = [...now.authors, ...(was?.authors ?? [])].some(
      (authorId) => authorId !== userId,
    );
    if (!othersInvolved) continue;
    if (!was) return "A suggestion can only be made in your own name.";
    if ([...now.keys].some((key) => !was.keys.has(key))) {
      return "Someone else's suggestion can only be accepted or rejected, not changed.";
    }
  }
  return null;
}
