// Why this file exists: Lexical's CollaborationPlugin talks to a y-websocket-shaped provider
// (`awareness`, `connect()`, `disconnect()`, `on/off` for "sync", "status", "update", "reload").
// Our collab server is Hocuspocus, whose provider names things differently: it reports the first
// sync as "synced" with `{ state }`, and its connect()/disconnect() are deprecated no-ops unless
// it owns its socket. This adapter owns the socket explicitly, re-emits "synced" as
// `sync(state)`, passes "status" through, and also keeps a copy of the document in IndexedDB so
// unsaved edits survive a reload while offline.
//
// Connecting and IndexedDB loading both start on the first connect(): CollaborationPlugin calls
// it only after it has bound the editor to the Y.Doc, so no content can arrive before the
// editor is listening for it.
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  type onStatusParameters,
  type onSyncedParameters,
} from "@hocuspocus/provider";
import type { Provider, ProviderAwareness } from "@lexical/yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";

export type ConnectionStatus = "connecting" | "connected" | "disconnected";

type SyncListener = (isSynced: boolean) => void;
type StatusListener = (event: { status: string }) => void;
type UpdateListener = (event: unknown) => void;
type ReloadListener = (doc: Y.Doc) => void;

export interface HocuspocusAdapter extends Provider {
  readonly doc: Y.Doc;
  /** The Hocuspocus provider itself, for `unsyncedChanges`, "authenticated" and so on. */
  readonly hocuspocus: HocuspocusProvider;
  /** Resolves once the copy kept in this browser (IndexedDB) has been loaded into `doc`. */
  readonly whenLocalCopyLoaded: Promise<void>;
  /** Stops everything and frees the document. CollaborationPlugin never calls this; we do. */
  destroy(): void;
}

export interface HocuspocusAdapterOptions {
  url: string;
  documentName: string;
  doc: Y.Doc;
}

export function createHocuspocusAdapter({
  url,
  documentName,
  doc,
}: HocuspocusAdapterOptions): HocuspocusAdapter {
  const socket = new HocuspocusProviderWebsocket({ url, autoConnect: false });
  const hocuspocus = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    // The server authenticates the WebSocket upgrade by the session cookie; Hocuspocus still
    // requires a token message, so we send a placeholder.
    token: "cookie",
  });
  const awareness = hocuspocus.awareness;
  if (!awareness) throw new Error("Hocuspocus provider has no awareness");

  let localCopy: IndexeddbPersistence | null = null;
  let resolveLocalCopy: () => void = () => {};
  const whenLocalCopyLoaded = new Promise<void>((resolve) => {
    resolveLocalCopy = resolve;
  });

  const syncListeners = new Set<SyncListener>();
  const forwardSynced = ({ state }: onSyncedParameters) => {
    for (const listener of syncListeners) listener(state);
  };
  hocuspocus.on("synced", forwardSynced);

  const statusWrappers = new Map<StatusListener, (e: onStatusParameters) => void>();
  const updateListeners = new Set<UpdateListener>();
  const forwardUpdate = (update: Uint8Array, origin: unknown) => {
    for (const listener of updateListeners) listener({ update, origin });
  };
  doc.on("update", forwardUpdate);

  let destroyed = false;

  function on(type: "sync", cb: SyncListener): void;
  function on(type: "status", cb: StatusListener): void;
  function on(type: "update", cb: UpdateListener): void;
  function on(type: "reload", cb: ReloadListener): void;
  function on(type: string, cb: (...args: never[]) => void): void {
    if (type === "sync") syncListeners.add(cb as SyncListener);
    else if (type === "status") {
      const wrapper = (e: onStatusParameters) => (cb as StatusListener)({ status: e.status });
      statusWrappers.set(cb as StatusListener, wrapper);
      hocuspocus.on("status", wrapper);
    } else if (type === "update") updateListeners.add(cb as UpdateListener);
    // "reload" (a y-websocket legacy event that swaps the Y.Doc) never happens with Hocuspocus.
  }

  function off(type: "sync", cb: SyncListener): void;
  function off(type: "status", cb: StatusListener): void;
  function off(type: "update", cb: UpdateListener): void;
  function off(type: "reload", cb: ReloadListener): void;
  function off(type: string, cb: (...args: never[]) => void): void {
    if (type === "sync") syncListeners.delete(cb as SyncListener);
    else if (type === "status") {
      const wrapper = statusWrappers.get(cb as StatusListener);
      if (wrapper) hocuspocus.off("status", wrapper);
      statusWrappers.delete(cb as StatusListener);
    } else if (type === "update") updateListeners.delete(cb as UpdateListener);
  }

  // When the browser says the network has gone, close the socket at once (an open socket can
  // look healthy for a long time), so the page says "Offline" and edits wait in IndexedDB;
  // reconnect as soon as the network is back.
  const goOffline = () => socket.disconnect();
  const goOnline = () => {
    if (!destroyed) socket.connect().catch(() => {});
  };
  let listeningForNetwork = false;

  return {
    doc,
    hocuspocus,
    whenLocalCopyLoaded,
    // y-protocols' Awareness has the methods Lexical needs; its state type is looser.
    awareness: awareness as unknown as ProviderAwareness,
    // Returns nothing on purpose: CollaborationPlugin disconnects synchronously on unmount when
    // connect() returns no promise, which avoids a connect/disconnect race under StrictMode.
    connect() {
      if (destroyed) return;
      if (!localCopy) {
        localCopy = new IndexeddbPersistence(documentName, doc);
        localCopy.whenSynced.then(
          () => resolveLocalCopy(),
          () => resolveLocalCopy(),
        );
      }
      if (!listeningForNetwork) {
        window.addEventListener("offline", goOffline);
        window.addEventListener("online", goOnline);
        listeningForNetwork = true;
      }
      hocuspocus.attach();
      socket.connect().catch(() => {
        // The socket retries by itself; the save indicator shows "offline" meanwhile.
      });
    },
    disconnect() {
      socket.disconnect();
    },
    on,
    off,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      hocuspocus.off("synced", forwardSynced);
      doc.off("update", forwardUpdate);
      hocuspocus.destroy();
      socket.destroy();
      void localCopy?.destroy();
      resolveLocalCopy();
      doc.destroy();
    },
  };
}
