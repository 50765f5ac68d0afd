// Marks a comment's words in a section's Y.Doc on the server (contributors' connections are
// read-only, so the server adds the mark for everyone). The change is computed on a private copy
// and returned as a Yjs update, so the caller can log it durably before applying it to the
// live document.
import * as Y from "yjs";
import { $isMarkNode } from "@lexical/mark";
import { $getRoot } from "lexical";
import { $markTextAnchor, type TextAnchor } from "../comment-anchor.js";
import { withBoundEditor } from "./collab.js";

/**
 * The update that wraps `anchor` in a mark with id `markId`, or null if the quoted words are
 * not in `doc`. `doc` itself is only read. Throws if marking would change the text (it never
 * should: a comment must not be a way to edit).
 */
export function commentMarkUpdate(
  doc: Y.Doc,
  markId: string,
  anchor: TextAnchor,
): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      // read() also flushes the replayed state: an update batched with it would carry the
      // binding's skip-collab tag and never reach the Y.Doc.
      const before = editor.read(() => $getRoot().getTextContent());
      let marked = false;
      editor.update(
        () => {
          marked = $markTextAnchor(anchor, markId);
        },
        { discrete: true },
      );
      if (!marked) return null;
      const after = editor.read(() => $getRoot().getTextContent());
      if (after !== before) throw new Error("Marking a comment changed the section's text");
      return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
    });
  } finally {
    copy.destroy();
  }
}

/** The text currently inside the mark(s) with id `markId` ("" if there is none). */
export function markedTextInYDoc(doc: Y.Doc, markId: string): string {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      return editor.read(() =>
        $getRoot()
          .getAllTextNodes()
          .filter((node) => {
            const parent = node.getParent();
            return $isMarkNode(parent) && parent.getIDs().includes(markId);
          })
          .map((node) => node.getTextContent())
          .join(""),
      );
    });
  } finally {
    copy.destroy();
  }
}
