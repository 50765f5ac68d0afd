// Replaces the content of a section document with an earlier content, as one ordinary new
// change (a restore). The Yjs history is kept: the old items are deleted and new ones inserted,
// exactly as if someone had selected everything and pasted the old text, so every connected
// editor receives the change and nothing that was acknowledged is rewritten.
import { $getRoot, $parseSerializedNode, type SerializedEditorState } from "lexical";
import * as Y from "yjs";
import { withBoundEditor } from "./collab.js";

/**
 * The Yjs update that turns `currentState` (a document's state) into `content`, computed on a
 * private copy. Apply it to the live document (and log it) to make the change.
 */
export function updateReplacingContent(
  currentState: Uint8Array,
  content: SerializedEditorState,
): Uint8Array {
  const scratch = new Y.Doc();
  try {
    withBoundEditor(scratch, (editor) => {
      // Replays the current state into the editor, as a browser's first sync does.
      Y.applyUpdate(scratch, currentState);
      // Flush the replay first: an update batched with it would carry its collaboration tag
      // and never be written back to Yjs.
      editor.read(() => {});
      editor.update(
        () => {
          const root = $getRoot();
          root.clear();
          for (const child of content.root.children) root.append($parseSerializedNode(child));
        },
        { discrete: true },
      );
    });
    const before = new Y.Doc();
    try {
      Y.applyUpdate(before, currentState);
      return Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(before));
    } finally {
      before.destroy();
    }
  } finally {
    scratch.destroy();
  }
}
