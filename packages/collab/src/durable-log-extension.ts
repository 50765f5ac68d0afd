// Appends every update the server is about to apply to the durable log (CollabUpdate), before
// the client is told it is saved.
//
// Why beforeHandleMessage (read in @hocuspocus/server 3.4.4, src/Connection.ts:206-218 and
// src/MessageReceiver.ts:165-220; dist/hocuspocus-server.esm.js lines 1572-1600 and
// 1401-1441): Connection.handleMessage awaits the beforeHandleMessage hooks and only in their
// `.then` runs MessageReceiver.apply, which applies a sync step 2 or update message to the
// document and immediately sends the SyncStatus(true) acknowledgement that makes the provider's
// `unsyncedChanges` fall. If this hook rejects, the message is neither applied nor acknowledged
// and Hocuspocus closes this document connection with our code and reason; the client keeps its
// change and sends it again when it reconnects (its sync step 2). So once a client sees the
// acknowledgement, the update is committed in SQLite (WAL), and a SIGKILL cannot lose it. The
// persistence hooks (onStoreDocument, onChange) run only after the update is applied and
// acknowledged, and onStoreDocument is debounced, so they cannot give that guarantee.
//
// Read-only connections: readSyncMessage answers their step 2 / update messages with
// SyncStatus(false) and never applies them (`if (connection?.readOnly)`), so we never log them.
//
// Updates arriving together are written together (log-writer.ts); each hook still waits for
// the commit that holds its own update.
import * as Y from "yjs";
import type { Extension, beforeHandleMessagePayload } from "@hocuspocus/server";
import type { Db } from "@coproduce/db";
import type { Compactor } from "./compaction.js";
import { CloseCode, CollabRefusal, describeError } from "./errors.js";
import { LogWriter } from "./log-writer.js";
import { readDocumentUpdate } from "./sync-message.js";
import type { CollabContext } from "./authorization-extension.js";

export class DurableLogExtension implements Extension {
  readonly extensionName = "DurableLog";
  readonly priority = 100;
  private readonly log: LogWriter;

  constructor(
    db: Db,
    private readonly compactor: Compactor,
  ) {
    this.log = new LogWriter(db);
  }

  async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
    try {
      await this.logUpdate(data);
    } catch (error) {
      // Whatever went wrong, refuse this message only: Hocuspocus then closes this document
      // connection with our code and reason, and the process carries on (hocuspocus#754).
      if (error instanceof CollabRefusal) throw error;
      console.error(`[collab] could not handle a message for ${data.documentName}`, error);
      throw new CollabRefusal(CloseCode.logFailed, "Your change could not be saved");
    }
  }

  private async logUpdate(data: beforeHandleMessagePayload): Promise<void> {
    const { connection, document, documentName } = data;
    const context = data.context as CollabContext;
    let update: Uint8Array | null;
    try {
      update = readDocumentUpdate(data.update);
    } catch {
      throw new CollabRefusal(CloseCode.badMessage, "Malformed message");
    }
    if (update === null || connection.readOnly) return;

    // Never log bytes that cannot be read back: one bad row would stop the document loading.
    try {
      Y.decodeUpdate(update);
    } catch {
      throw new CollabRefusal(CloseCode.badMessage, "Malformed document update");
    }
    // A sync step 2 after a reconnect often carries nothing new: do not log it again. Only an
    // update with no unknown structs and no deletions at all is skipped: a deletion is always
    // logged, because telling whether one is already applied (Y.snapshotContainsUpdate) was
    // seen to be wrong for single-character deletes, and a lost delete brings text back.
    if (carriesNothingNew(update, Y.encodeStateVector(document))) return;

    try {
      await this.log.append(documentName, update, context.user?.userId ?? null);
    } catch (error) {
      console.error(`[collab] could not log an update of ${documentName}`, error);
      throw new CollabRefusal(
        CloseCode.logFailed,
        `Your change could not be saved (${describeError(error)}); it will be sent again`,
      );
    }
    this.compactor.noteAppended(documentName);
  }
}

/** True when `update` has no structs the document lacks and deletes nothing. */
function carriesNothingNew(update: Uint8Array, stateVector: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(Y.diffUpdate(update, stateVector));
  return structs.length === 0 && ds.clients.size === 0;
}
