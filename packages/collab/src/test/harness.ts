// A real HTTP server on 127.0.0.1 with the collaboration server mounted at /collab, and real
// HocuspocusProvider clients.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { createCollabServer, type CollabServerOptions } from "../create-collab-server.js";

/** Listens on `port` (0 = any free port) and resolves once it does. */
export async function startServer(options: CollabServerOptions, port = 0) {
  const collab = createCollabServer(options);
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname === "/collab") {
      collab.handleUpgrade(request, socket, head);
    } else {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    collab,
    port: (server.address() as AddressInfo).port,
    async close() {
      await collab.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface TestClient {
  provider: HocuspocusProvider;
  websocketProvider: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** Rejects with the reason if the server refuses the connection. */
  ready: Promise<void>;
  destroy(): void;
}

export function connect(port: number, documentName: string, userId: string): TestClient {
  const doc = new Y.Doc();
  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(() => {});
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/collab?test-user=${encodeURIComponent(userId)}`,
    WebSocketPolyfill: WebSocket,
    // Tests that kill the server reconnect quickly.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    document: doc,
    token: "unused",
    onSynced: () => resolveReady(),
    onAuthenticationFailed: ({ reason }) => rejectReady(new Error(reason)),
  });
  provider.attach();
  return {
    provider,
    websocketProvider,
    doc,
    ready,
    destroy() {
      // A socket still connecting (a test just killed the server) reports "closed before the
      // connection was established" a tick after close(), when nobody listens any more.
      const socket = websocketProvider.webSocket as unknown as WebSocket | null;
      socket?.on("error", () => {});
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the server has acknowledged every local change of this client. */
export function allAcknowledged(provider: HocuspocusProvider, timeoutMs = 5000): Promise<void> {
  return waitFor(() => provider.unsyncedChanges === 0, timeoutMs, "acknowledgements");
}

export async function waitFor(check: () => boolean, timeoutMs = 5000, what = "condition") {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
