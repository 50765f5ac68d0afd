// Builds a document from the store when it is first opened: snapshot + every logged update
// after it. If anything cannot be read, the load fails and the connection is refused: opening
// an empty document instead would let it be stored over the real one (hocuspocus#382).
// A document that has nothing stored gets its initial content here, on the server, and that
// content is logged at once, so no client bootstraps and a reload never creates it twice.
import * as Y from "yjs";
import type { Extension, onLoadDocumentPayload } from "@hocuspocus/server";
import type { Db } from "@coproduce/db";
import {
  appendUpdate,
  applyStoredDocument,
  isStoredDocumentEmpty,
  readStoredDocument,
} from "./document-store.js";
import type { Compactor } from "./compaction.js";
import type { DocumentLocks } from "./document-locks.js";
import { CloseCode, CollabRefusal } from "./errors.js";

export type InitialContent = (documentName: string, document: Y.Doc) => Promise<void>;

export class LoadDocumentExtension implements Extension {
  readonly extensionName = "LoadDocument";

  constructor(
    private readonly db: Db,
    private readonly compactor: Compactor,
    private readonly locks: DocumentLocks,
    private readonly initialContent?: InitialContent,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    try {
      let stored = await readStoredDocument(this.db, documentName);
      if (isStoredDocumentEmpty(stored) && this.initialContent) {
        // Under a lock, so two processes opening a brand-new document create it once.
        const initialContent = this.initialContent;
        const created = await this.locks.withLock(
          `initial:${documentName}`,
          { waitMs: 10_000 },
          () => this.createInitialContent(documentName, initialContent),
        );
        if (!created.ran) throw new Error("another process is still creating it");
        stored = await readStoredDocument(this.db, documentName);
      }
      applyStoredDocument(document, stored, documentName);
      this.compactor.setLogLength(documentName, stored.updates.length);
    } catch (error) {
      console.error(`[collab] could not load ${documentName}; refusing the connection`, error);
      throw new CollabRefusal(CloseCode.loadFailed, "This document could not be loaded");
    }
  }

  private async createInitialContent(documentName: string, initialContent: InitialContent) {
    const scratch = new Y.Doc();
    try {
      await initialContent(documentName, scratch);
      const update = Y.encodeStateAsUpdate(scratch);
      // Hocuspocus loads a document once per process (its loadingDocuments map); check again
      // under the lock in case another process created it meanwhile.
      const again = await readStoredDocument(this.db, documentName);
      if (isStoredDocumentEmpty(again) && scratch.store.clients.size > 0) {
        await appendUpdate(this.db, documentName, update, null);
      }
    } finally {
      scratch.destroy();
    }
  }
}
