// Checks one change to a session's board, sent by one person over the websocket, before the
// server logs or applies it. The change is tried on a copy of the board; what it would add,
// change or delete is compared with what that person may do. The rules:
// - only notes and groups can be changed by people (anything else, such as the old signals
//   map, is the server's);
// - nothing changes once the session has ended, or while the board is locked (facilitators
//   excepted);
// - a new note carries its author's own tag, and their name unless the board is anonymous;
// - a note's author and time never change; its text only by its author or a facilitator;
//   anyone taking part may recolour it or move it between groups;
// - a note is deleted only by its author or a facilitator; a group only by a facilitator;
// - at most BOARD_MAX_NOTES notes and BOARD_MAX_CLUSTERS groups.
import * as Y from "yjs";
import {
  BOARD_MAX_CLUSTERS,
  BOARD_MAX_NOTES,
  boardClusters,
  boardNotes,
  isBoardCluster,
  isBoardNote,
  type BoardCluster,
  type BoardNote,
} from "@coproduce/shared/board";

/** Note and group ids: short and plain, as newBoardId makes them. */
const BOARD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface BoardActor {
  /** The tag this person's notes carry. */
  authorTag: string;
  name: string;
  facilitator: boolean;
}

export interface BoardState {
  ended: boolean;
  locked: boolean;
  anonymousNotes: boolean;
}

/** Why this update is refused, in words the person can read; null when it is allowed. */
export function boardUpdateRefusal(
  /** The board as the server has it (with any changes already accepted but not yet applied). */
  currentState: Uint8Array,
  update: Uint8Array,
  actor: BoardActor,
  state: BoardState,
): string | null {
  if (state.ended) return "This session has ended.";
  if (state.locked && !actor.facilitator) return "The facilitator has locked the board for now.";

  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, currentState);
    const notes = boardNotes(copy);
    const clusters = boardClusters(copy);
    const notesBefore = new Map(notes.entries());
    const clustersBefore = new Map(clusters.entries());

    // Keyed by the Yjs type that changed; compared by identity with the two maps below.
    const changed = new Map<unknown, Set<string | null>>();
    copy.on("afterTransaction", (transaction: Y.Transaction) => {
      for (const [type, keys] of transaction.changed) {
        const seen = changed.get(type) ?? new Set<string | null>();
        for (const key of keys) seen.add(key);
        changed.set(type, seen);
      }
    });
    try {
      Y.applyUpdate(copy, update);
    } catch {
      return "This change could not be read.";
    }
    // An update that waits for others would be checked without them: refuse it. Browsers send
    // changes in order, so this only turns away a hand-made message.
    if (copy.store.pendingStructs || copy.store.pendingDs) {
      return "This change arrived out of order.";
    }

    for (const [type, keys] of changed) {
      if (type === notes) {
        for (const key of keys) {
          if (key === null || !BOARD_ID.test(key))
            return "The board can only hold notes and groups.";
          const refusal = noteChangeRefusal(
            notesBefore.get(key),
            notes.get(key),
            notes.has(key),
            clusters,
            actor,
            state,
          );
          if (refusal) return refusal;
        }
      } else if (type === clusters) {
        for (const key of keys) {
          if (key === null || !BOARD_ID.test(key))
            return "The board can only hold notes and groups.";
          const refusal = clusterChangeRefusal(clustersBefore.get(key), clusters.get(key), actor);
          if (refusal) return refusal;
        }
      } else {
        return "Only the facilitator's tools can change that.";
      }
    }
    if (notes.size > BOARD_MAX_NOTES && notes.size > notesBefore.size) {
      return `A board holds at most ${BOARD_MAX_NOTES} notes.`;
    }
    if (clusters.size > BOARD_MAX_CLUSTERS && clusters.size > clustersBefore.size) {
      return `A board holds at most ${BOARD_MAX_CLUSTERS} groups.`;
    }
    return null;
  } finally {
    copy.destroy();
  }
}

function noteChangeRefusal(
  before: BoardNote | undefined,
  after: unknown,
  present: boolean,
  clusters: Y.Map<BoardCluster>,
  actor: BoardActor,
  state: BoardState,
): string | null {
  const ownsOrFacilitates = (note: BoardNote) =>
    actor.facilitator || note.authorTag === actor.authorTag;
  if (!present) {
    if (!before) return null; // added and removed in one change: nothing is left
    return ownsOrFacilitates(before) ? null : "You can only remove your own notes.";
  }
  if (!isBoardNote(after)) return "That note is not valid: write up to 280 characters.";
  // Checked only when the group changes: a group removed meanwhile must not pin its notes.
  const group = after.clusterId;
  if (group !== null && group !== before?.clusterId && !clusters.has(group)) {
    return "That group is no longer on the board.";
  }
  if (!before) {
    if (after.authorTag !== actor.authorTag) return "A new note must be your own.";
    const expectedName = state.anonymousNotes ? "" : actor.name;
    if (after.authorName !== expectedName) {
      return state.anonymousNotes
        ? "Notes on this board are anonymous."
        : "A new note must carry your own name.";
    }
    return null;
  }
  if (
    after.authorTag !== before.authorTag ||
    after.authorName !== before.authorName ||
    after.createdAt !== before.createdAt
  ) {
    return "A note's author cannot be changed.";
  }
  if (after.text !== before.text && !ownsOrFacilitates(before)) {
    return "You can only change the words on your own notes.";
  }
  return null;
}

function clusterChangeRefusal(
  before: BoardCluster | undefined,
  after: unknown,
  actor: BoardActor,
): string | null {
  if (after === undefined) {
    if (!before) return null;
    return actor.facilitator ? null : "Only a facilitator can remove a group.";
  }
  if (!isBoardCluster(after)) return "Give the group a title of up to 80 characters.";
  if (before && after.createdAt !== before.createdAt) return "That group cannot be changed so.";
  return null;
}
