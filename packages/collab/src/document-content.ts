// Reading and changing a collaborative document from the server side (versions, restores),
// without a browser. Two implementations of one interface:
// - live: goes through the running Hocuspocus instance, so the change reaches every connected
//   editor at once and a document being loaded is never read half-way;
// - stored: works on the durable log alone, for tests and scripts with no collaboration server
//   running (never use it while a live server may have the document open: it would not see the
//   change).
// Either way a change is appended to the durable log before it is applied, like an edit from
// a browser, and history is only ever added to.
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import type { CollabServer } from "./create-collab-server.js";
import { appendUpdate, loadDocumentState } from "./document-store.js";
import type { InitialContent } from "./load-document-extension.js";

/**
 * The one interface for changes the server makes to live documents (versions, restores,
 * comment marks, boards). Declared here, once; @coproduce/api uses it as is.
 */
export interface DocumentContent {
  /** The current state as one Yjs update, or null if the document was never created. */
  read(documentName: string): Promise<Uint8Array | null>;
  /**
   * Makes one change: `makeUpdate` gets the current state and returns the update to apply, or
   * null for no change. The update is logged (as `userId`'s) and applied; resolves with the
   * state after it (the unchanged state when there was nothing to apply).
   */
  change(
    documentName: string,
    userId: string | null,
    makeUpdate: (currentState: Uint8Array) => Uint8Array | null,
  ): Promise<Uint8Array>;
  /**
   * Tells everyone who has the document open that something beside it changed (a stateless
   * message: nothing is stored, and a screen that was offline catches up when it reconnects).
   */
  signal(documentName: string, payload: string): void;
}

export function createLiveDocumentContent(
  db: Db,
  collab: Pick<CollabServer, "hocuspocus" | "applyServerUpdate" | "signal">,
): DocumentContent {
  return {
    async read(documentName) {
      const open = collab.hocuspocus.documents.get(documentName);
      if (open) return Y.encodeStateAsUpdate(open);
      return loadDocumentState(db, documentName);
    },
    async change(documentName, userId, makeUpdate) {
      // The collaboration server's one path for server-made changes: it loads the document
      // through our loader (or joins the open one), logs the change, applies it and sends it
      // to everyone connected.
      let unchanged: Uint8Array | null = null;
      const after = await collab.applyServerUpdate(documentName, userId, (document) => {
        const state = Y.encodeStateAsUpdate(document);
        const update = makeUpdate(state);
        if (!update) unchanged = state;
        return update;
      });
      const result = after ?? unchanged;
      if (!result) throw new Error(`${documentName} was not changed`);
      return result;
    },
    signal: (documentName, payload) => collab.signal(documentName, payload),
  };
}

export function createStoredDocumentContent(
  db: Db,
  initialContent?: InitialContent,
): DocumentContent {
  return {
    read: (documentName) => loadDocumentState(db, documentName),
    async change(documentName, userId, makeUpdate) {
      const doc = new Y.Doc();
      try {
        const stored = await loadDocumentState(db, documentName);
        if (stored) {
          Y.applyUpdate(doc, stored);
        } else if (initialContent) {
          // As the live loader does: a brand-new document gets its first content, logged.
          await initialContent(documentName, doc);
          await appendUpdate(db, documentName, Y.encodeStateAsUpdate(doc), null);
        }
        const update = makeUpdate(Y.encodeStateAsUpdate(doc));
        if (!update) return Y.encodeStateAsUpdate(doc);
        await appendUpdate(db, documentName, update, userId);
        Y.applyUpdate(doc, update);
        return Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
    },
    // With no collaboration server nobody has the document open: there is no one to tell.
    signal: () => {},
  };
}
