// The collaboration server: Hocuspocus with our extensions, mounted on the app's own HTTP
// server. The app calls handleUpgrade for upgrade requests to /collab; nothing here listens on
// a port by itself.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import * as Y from "yjs";
import { Hocuspocus } from "@hocuspocus/server";
import type { Db } from "@coproduce/db";
import {
  AuthorizationExtension,
  type CollabContext,
  type CollabUser,
} from "./authorization-extension.js";
import { CompactionExtension } from "./compaction-extension.js";
import { Compactor } from "./compaction.js";
import {
  ConnectionLimitsExtension,
  DEFAULT_MAX_CLIENTS_PER_DOCUMENT,
  DEFAULT_MAX_MESSAGE_BYTES,
  messageTooBigReason,
} from "./connection-limits-extension.js";
import { DurableLogExtension } from "./durable-log-extension.js";
import { appendUpdate } from "./document-store.js";
import { CloseCode } from "./errors.js";
import { LoadDocumentExtension } from "./load-document-extension.js";
import { SettledExtension } from "./settled-extension.js";
import { SignalExtension, type SignalCheck } from "./signal-extension.js";
import { ValidationExtension, type UpdateValidation } from "./validation-extension.js";
import { inProcessLocks, type DocumentLocks } from "./document-locks.js";
import { inProcessValues, type SharedValues } from "./shared-values.js";
import { createScaleOut, type ScaleOutOptions } from "./scale-out.js";

export interface CollabServerOptions {
  db: Db;
  /** Who is connecting, from the HTTP upgrade request (cookie); null = refuse. */
  authenticate(request: IncomingMessage): Promise<CollabUser | null>;
  /** What this person may do with this document: "write", "read", or null (refuse). */
  authorize(user: CollabUser, documentName: string): Promise<"write" | "read" | null>;
  /**
   * Called (debounced, after changes settle ~2 s, and on last disconnect) with the current
   * state, to render derived text. Errors are caught and logged.
   */
  onDocumentSettled?(documentName: string, document: Y.Doc): Promise<void>;
  /**
   * Initial content for a brand-new document (no log, no snapshot), created on the server so no
   * client bootstraps. What it writes is logged before anyone sees it.
   */
  initialContent?(documentName: string, document: Y.Doc): Promise<void>;
  /**
   * Checks each change from a writer before it is logged or applied; a reason refuses it.
   * Without it, anyone with "write" access may change anything in the document.
   */
  validateUpdate?: UpdateValidation;
  /**
   * Which signals (stateless messages) a client may send to everyone else in a document.
   * Without it, none: signals then come only from the server (`signal`).
   */
  acceptsSignal?: SignalCheck;
  /** Default 1.5 MiB: bigger messages close the connection with a clear reason. */
  maxMessageBytes?: number;
  /** Default 100. */
  maxClientsPerDocument?: number;
  /** Compact an open document once this many updates are logged after its snapshot. Default 500. */
  compactAfterUpdates?: number;
  /** Quiet period before onDocumentSettled, in ms. Default 2000. */
  settleDelayMs?: number;
  /**
   * Shares live documents, presence and signals with every other process on this Redis, and
   * runs once-per-document work under Redis locks (scale-out.ts). Without it: this process only.
   */
  scaleOut?: ScaleOutOptions;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  /** Locks every process serving these documents respects (one process: in memory). */
  locks: DocumentLocks;
  /** Values every process serving these documents sees (one process: in memory). */
  values: SharedValues;
  /** For upgrade requests whose path is /collab. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Closes open connections to a document (all of them, or one person's), e.g. when access
   * changes; the provider reconnects and is authorized afresh.
   */
  closeDocumentConnections(documentName: string, userId?: string): void;
  /**
   * Changes a document from the server (e.g. to add a comment mark for someone whose connection
   * is read-only). `makeUpdate` reads the live document and returns the change as a Yjs update,
   * or null for no change; the update is logged durably, then applied, and everyone connected
   * receives it. Resolves with the document's state after the change, or null if none was made.
   * This is the one way the server changes a live document (comment marks, restores, boards).
   */
  applyServerUpdate(
    documentName: string,
    userId: string | null,
    makeUpdate: (document: Y.Doc) => Uint8Array | null,
  ): Promise<Uint8Array | null>;
  /**
   * Sends a signal to everyone who has the document open now, without storing it: a screen
   * that misses it (offline, reconnecting) catches up when it syncs again.
   */
  signal(documentName: string, payload: string): void;
  /** Resolves when no background work (compaction, settled callbacks) is running. */
  idle(): Promise<void>;
  /** Closes every connection, finishes background work; the caller still owns `db`. */
  destroy(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const scaleOut = options.scaleOut ? createScaleOut(options.scaleOut) : null;
  const locks = scaleOut?.locks ?? inProcessLocks();
  const compactor = new Compactor(options.db, options.compactAfterUpdates ?? 500, locks);
  const settled = options.onDocumentSettled
    ? new SettledExtension(
        options.onDocumentSettled,
        options.settleDelayMs ?? 2000,
        scaleOut ? { locks, values: scaleOut.values } : undefined,
      )
    : null;

  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      new AuthorizationExtension(options),
      new ConnectionLimitsExtension(
        maxMessageBytes,
        options.maxClientsPerDocument ?? DEFAULT_MAX_CLIENTS_PER_DOCUMENT,
      ),
      new SignalExtension(options.acceptsSignal),
      ...(options.validateUpdate ? [new ValidationExtension(options.validateUpdate)] : []),
      new LoadDocumentExtension(options.db, compactor, locks, options.initialContent),
      new DurableLogExtension(options.db, compactor),
      new CompactionExtension(compactor),
      ...(settled ? [settled] : []),
      ...(scaleOut ? [scaleOut.extension] : []),
    ],
  });

  // ws itself refuses anything past this (close 1009) so that no one can make us buffer
  // unbounded data; below it, the guard in handleUpgrade says clearly what happened.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2 });

  function guardMessageSize(ws: WebSocket) {
    ws.on("message", (data: RawData) => {
      const bytes = Array.isArray(data)
        ? data.reduce((sum, part) => sum + part.byteLength, 0)
        : data.byteLength;
      // Hocuspocus sees this message too, and ConnectionLimitsExtension refuses it before it is
      // logged or applied; here we close the whole socket with a reason the client can show.
      if (bytes > maxMessageBytes) {
        ws.close(CloseCode.messageTooBig, messageTooBigReason(bytes, maxMessageBytes));
      }
    });
  }

  function closeHere(documentName: string, userId?: string) {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    for (const connection of document.getConnections()) {
      const context = connection.context as CollabContext;
      if (userId === undefined || context.user?.userId === userId) {
        connection.close({ code: CloseCode.forbidden, reason: "Your access has changed" });
      }
    }
  }
  // Access changes are made in one process; the other processes close their connections too.
  scaleOut?.onCloseRequest(closeHere);

  return {
    hocuspocus,
    locks,
    values: scaleOut?.values ?? inProcessValues(),

    handleUpgrade(request, socket, head) {
      wss.handleUpgrade(request, socket, head, (ws) => {
        // Without an error listener a broken socket would throw from the EventEmitter and take
        // the process down (hocuspocus's own Server adds one too).
        ws.on("error", (error) => console.error("[collab] websocket error", error.message));
        guardMessageSize(ws);
        hocuspocus.handleConnection(ws, request);
      });
    },

    closeDocumentConnections(documentName, userId) {
      closeHere(documentName, userId);
      void scaleOut?.publishClose(documentName, userId).catch((error: unknown) => {
        console.error(`[collab] could not ask other processes to close ${documentName}`, error);
      });
    },

    async applyServerUpdate(documentName, userId, makeUpdate) {
      // Loads the document through our extensions if nobody has it open (never an empty one).
      const connection = await hocuspocus.openDirectConnection(documentName, { server: true });
      try {
        const document = connection.document;
        if (!document) throw new Error(`${documentName} could not be opened`);
        const update = makeUpdate(document);
        if (!update) return null;
        // Logged before anyone sees it, as for updates from clients (DurableLogExtension).
        await appendUpdate(options.db, documentName, update, userId);
        compactor.noteAppended(documentName);
        await connection.transact((doc) => Y.applyUpdate(doc, update));
        return Y.encodeStateAsUpdate(document);
      } finally {
        await connection.disconnect();
      }
    },

    signal(documentName, payload) {
      if (scaleOut) {
        // The document may be open only in another process; Redis reaches this one too.
        void scaleOut.publishSignal(documentName, payload).catch((error: unknown) => {
          console.error(`[collab] could not send a signal to ${documentName}`, error);
        });
      } else {
        hocuspocus.documents.get(documentName)?.broadcastStateless(payload);
      }
    },

    async idle() {
      await settled?.flushAll();
      await compactor.idle();
    },

    async destroy() {
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      // Closed sockets unload their documents asynchronously (and unloading starts compaction).
      const deadline = Date.now() + 2000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await settled?.flushAll();
      await compactor.idle();
      await scaleOut?.close();
    },
  };
}
