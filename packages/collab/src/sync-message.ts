// Reads the Yjs update out of a Hocuspocus websocket message, without applying it.
// Layout (Hocuspocus 3.4.4, src/IncomingMessage.ts and src/MessageReceiver.ts):
//   varString documentName, varUint messageType, then for Sync (0) and SyncReply (4):
//   varUint y-sync type (0 step 1, 1 step 2, 2 update) and, for step 2 and update,
//   varUint8Array the update itself. (lib0 encoding; decoded here by hand because lib0 is not
//   a dependency of this package.)
import { messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;

/** The update carried by a message, or null for every message that cannot change the document. */
export function readDocumentUpdate(message: Uint8Array): Uint8Array | null {
  const reader = new Reader(message);
  reader.bytes(); // the document name (a varString is a varUint8Array of UTF-8)
  const type = reader.uint();
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const syncType = reader.uint();
  if (syncType !== messageYjsSyncStep2 && syncType !== messageYjsUpdate) return null;
  return reader.bytes();
}

class Reader {
  private position = 0;
  constructor(private readonly data: Uint8Array) {}

  uint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.data[this.position++];
      if (byte === undefined) throw new Error("Truncated message");
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > Number.MAX_SAFE_INTEGER) throw new Error("Malformed message");
    }
  }

  bytes(): Uint8Array {
    const length = this.uint();
    const end = this.position + length;
    if (end > this.data.length) throw new Error("Truncated message");
    const slice = this.data.subarray(this.position, end);
    this.position = end;
    return slice;
  }
}

const MESSAGE_STATELESS = 5;
const MESSAGE_BROADCAST_STATELESS = 6;

/**
 * The signal a message carries: a stateless message (for the onStateless hook) or a
 * "broadcast stateless" one (which Hocuspocus would send to everyone unchecked); null for
 * every other message.
 */
export function readSignal(
  message: Uint8Array,
): { kind: "stateless" | "broadcast"; payload: string } | null {
  const reader = new Reader(message);
  reader.bytes();
  const type = reader.uint();
  if (type !== MESSAGE_STATELESS && type !== MESSAGE_BROADCAST_STATELESS) return null;
  const payload = new TextDecoder().decode(reader.bytes());
  return { kind: type === MESSAGE_STATELESS ? "stateless" : "broadcast", payload };
}
