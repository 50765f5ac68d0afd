// A network between Y.Docs that delays, batches and reorders what it carries, as real networks
// and servers do. Document updates and awareness (caret) updates travel separately, like the
// two message kinds of the real websocket protocol. Nothing is ever dropped: every message is
// delivered by `flush()`.
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { SeededRandom } from "./random.js";

/** The origin of changes that arrive from the network (never a peer's own binding). */
export const NETWORK_ORIGIN = Symbol("network");

interface Endpoint {
  doc: Y.Doc;
  awareness: Awareness;
  /** Lets the peer finish reacting to what arrived, as a browser does before the next key. */
  settle(): void;
}

interface Message {
  to: number;
  kind: "doc" | "awareness";
  payload: Uint8Array;
}

export class SimulatedNetwork {
  private readonly endpoints: Endpoint[] = [];
  private queue: Message[] = [];

  constructor(private readonly random: SeededRandom) {}

  /** Connects a peer: its local changes are queued for every other peer. */
  join(endpoint: Endpoint): void {
    const from = this.endpoints.length;
    this.endpoints.push(endpoint);
    endpoint.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== NETWORK_ORIGIN) this.send(from, "doc", update);
    });
    endpoint.awareness.on(
      "update",
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        if (origin === NETWORK_ORIGIN) return;
        const changed = [...added, ...updated, ...removed];
        this.send(from, "awareness", encodeAwarenessUpdate(endpoint.awareness, changed));
      },
    );
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Delivers some of the queued messages: a random selection in a random order, sometimes
   * merging several document updates for one peer into one (as a server batching would).
   */
  deliverSome(): void {
    if (this.queue.length === 0) return;
    const count = this.random.int(1, Math.min(this.queue.length, 6));
    for (let i = 0; i < count && this.queue.length > 0; i++) {
      const index = this.random.int(0, this.queue.length - 1);
      const [message] = this.queue.splice(index, 1);
      if (!message) continue;
      if (message.kind === "doc" && this.random.chance(0.3)) {
        const batch = this.takeDocUpdatesFor(message.to);
        this.deliver({ ...message, payload: Y.mergeUpdates([message.payload, ...batch]) });
      } else {
        this.deliver(message);
      }
    }
  }

  /** Delivers everything still queued, until nothing is left in flight. */
  flush(): void {
    while (this.queue.length > 0) {
      const message = this.queue.shift();
      if (message) this.deliver(message);
    }
  }

  private send(from: number, kind: Message["kind"], payload: Uint8Array): void {
    this.endpoints.forEach((_, to) => {
      if (to !== from) this.queue.push({ to, kind, payload });
    });
  }

  private takeDocUpdatesFor(to: number): Uint8Array[] {
    const taken = this.queue.filter((m) => m.to === to && m.kind === "doc");
    this.queue = this.queue.filter((m) => !(m.to === to && m.kind === "doc"));
    return taken.map((m) => m.payload);
  }

  private deliver(message: Message): void {
    const endpoint = this.endpoints[message.to];
    if (!endpoint) return;
    if (message.kind === "doc") Y.applyUpdate(endpoint.doc, message.payload, NETWORK_ORIGIN);
    else applyAwarenessUpdate(endpoint.awareness, message.payload, NETWORK_ORIGIN);
    endpoint.settle();
  }
}
