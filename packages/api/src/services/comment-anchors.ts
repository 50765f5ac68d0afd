// How a new comment thread gets its anchor: the quoted words are wrapped in a mark in the
// section's live document, through the one interface for server-made changes (so everyone
// editing sees the mark at once, it is logged durably, and contributors, whose connections are
// read-only, can comment too).
import type { TextAnchor } from "@coproduce/editor";
import { commentMarkUpdate } from "@coproduce/editor/headless";
import type { DocumentContent } from "@coproduce/collab";
import * as Y from "yjs";
import { sectionDocumentName } from "@coproduce/shared/document-names";

/**
 * Wraps the words described by `anchor` in the live text of section `sectionId` in a mark
 * with id `markId`. Resolves false (and changes nothing) if those words are not in the text.
 */
export async function markCommentedWords(
  documents: DocumentContent,
  sectionId: string,
  markId: string,
  anchor: TextAnchor,
): Promise<boolean> {
  let marked = false;
  await documents.change(sectionDocumentName(sectionId), null, (state) => {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      const update = commentMarkUpdate(doc, markId, anchor);
      marked = update !== null;
      return update;
    } finally {
      doc.destroy();
    }
  });
  return marked;
}
