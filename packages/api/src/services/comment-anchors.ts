// How a new comment thread gets its anchor: the quoted words are wrapped in a mark in the
// section's live document. The web server provides the real implementation (through the
// collaboration server, so everyone editing sees the mark at once and it is logged durably);
// tests can use yDocCommentAnchors on plain Y.Docs. Procedures only see this interface.
import type { TextAnchor } from "@coproduce/editor";
import { commentMarkUpdate } from "@coproduce/editor/headless";
import * as Y from "yjs";

export interface CommentAnchors {
  /**
   * Wraps the words described by `anchor` in the live text of section `sectionId` in a mark
   * with id `markId`. Resolves false if those words are not in the text.
   */
  mark(sectionId: string, markId: string, anchor: TextAnchor): Promise<boolean>;
}

/** For a context with no collaboration server: comments cannot be anchored. */
export const unavailableCommentAnchors: CommentAnchors = {
  mark() {
    return Promise.reject(new Error("No collaboration server to add comment marks to"));
  },
};

/** Marks words in Y.Docs held in memory (one per section), e.g. in tests. */
export function yDocCommentAnchors(docFor: (sectionId: string) => Y.Doc): CommentAnchors {
  return {
    mark(sectionId, markId, anchor) {
      const doc = docFor(sectionId);
      const update = commentMarkUpdate(doc, markId, anchor);
      if (update) Y.applyUpdate(doc, update);
      return Promise.resolve(update !== null);
    },
  };
}
