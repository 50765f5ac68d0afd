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
import type { Hocuspocus } from "@hocuspocus/server";
import { appendUpdate, loadDocumentState } from "./document-store.js";
import type { InitialContent } from "./load-document-extension.js";

export interface DocumentContent {
  /** The current state as one Yjs update, or null if the document was never created. */
  read(documentName: string): Promise<Uint8Array | null>;
  /**
   * Makes one change: `makeUpdate` gets the current state and returns the update to apply.
   * The update is logged (as `userId`'s) and applied; resolves with the state after it.
   */
  change(
    documentName: string,
    userId: string | null,
    makeUpdate: (currentState: Uint8Array) => Uint8Array,
  ): Promise<Uint8Array>;
}

export function createLiveDocumentContent(db: Db, hocuspocus: Hocuspocus): DocumentContent {
  return {
    async read(documentName) {
      const open = hocuspocus.documents.get(documentName);
      if (open) return Y.encodeStateAsUpdate(open);
      return loadDocumentState(db, documentName);
    },
    async change(documentName, userId, makeUpdate) {
      // Loads the document through our loader (or joins the open one) and keeps it loaded
      // until we are done.
      const connection = await hocuspocus.openDirectConnection(documentName, { userId });
      try {
        const document = connection.document;
        if (!document) throw new Error(`${documentName} closed while it was being changed`);
        const update = makeUpdate(Y.encodeStateAsUpdate(document));
        await appendUpdate(db, documentName, update, userId);
        // Hocuspocus broadcasts the update to every connection and runs onChange (derived text).
        Y.applyUpdate(document, update);
        return Y.encodeStateAsUpdate(document);
      } finally {
        await connection.disconnect();
      }
    },
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
        await appendUpdate(db, documentName, update, userId);
        Y.applyUpdate(doc, update);
        return Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
    },
  };
}
