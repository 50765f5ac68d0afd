// A Hocuspocus client for benchmarks: sends the session cookie, if any (Node's WebSocket cannot
// by itself), and counts the bytes it receives.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

export function connectCollab(url: string, documentName: string, cookie?: string) {
  const received = { bytes: 0 };
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
      // The provider asks for ArrayBuffers; Buffers and fragment lists are counted too.
      this.on("message", (data: WebSocket.RawData) => {
        received.bytes += Array.isArray(data)
          ? data.reduce((sum, part) => sum + part.byteLength, 0)
          : data.byteLength;
      });
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
  });
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    document,
    token: "cookie",
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on("synced", () => resolve());
    provider.on("authenticationFailed", () =>
      reject(new Error(`not allowed into ${documentName}`)),
    );
  });
  provider.attach();
  return {
    provider,
    document,
    synced,
    received,
    async acknowledged() {
      while (provider.unsyncedChanges > 0) await new Promise((r) => setTimeout(r, 5));
    },
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}
