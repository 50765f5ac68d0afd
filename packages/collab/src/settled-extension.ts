// Tells the app when a document's changes have settled (no change for `delayMs`, at most
// `maxDelayMs` after the first unsettled change, and when its last person leaves), so it can
// render derived text (search text, HTML). Runs at most once at a time per document; errors are
// logged and never reach Hocuspocus (onChange and onDisconnect are not awaited by it, so a
// rejection there would be unhandled).
//
// With several processes (scale-out.ts), a change settles on the process that received it from
// a browser, under a lock shared by all processes, so it is rendered once. It is also marked
// "unsettled" in shared values until rendered: if that process dies first, whichever process
// unloads the document next renders it.
import type * as Y from "yjs";
import type {
  Extension,
  beforeUnloadDocumentPayload,
  onChangePayload,
  onDisconnectPayload,
} from "@hocuspocus/server";
import type { DocumentLocks } from "./document-locks.js";
import { FROM_ANOTHER_PROCESS } from "./scale-out.js";
import type { SharedValues } from "./shared-values.js";

export type OnDocumentSettled = (documentName: string, document: Y.Doc) => Promise<void>;

interface Pending {
  document: Y.Doc;
  timer: NodeJS.Timeout;
  firstChangeAt: number;
}

export interface SettledSharing {
  locks: DocumentLocks;
  values: SharedValues;
}

/** An unsettled mark outlives any crash-and-recover window, then lapses by itself. */
const UNSETTLED_TTL_MS = 24 * 60 * 60 * 1000;

export class SettledExtension implements Extension {
  readonly extensionName = "Settled";
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly onSettled: OnDocumentSettled,
    private readonly delayMs = 2000,
    /** Across processes: one callback at a time per document, and marks of unsettled changes. */
    private readonly sharing?: SettledSharing,
    private readonly maxDelayMs = 10000,
  ) {}

  async onChange({ documentName, document, transactionOrigin }: onChangePayload): Promise<void> {
    // A change that came through another process settles there (see above).
    if (transactionOrigin === FROM_ANOTHER_PROCESS) return;
    const now = Date.now();
    const previous = this.pending.get(documentName);
    if (previous) clearTimeout(previous.timer);
    const firstChangeAt = previous?.firstChangeAt ?? now;
    const wait = Math.max(0, Math.min(this.delayMs, firstChangeAt + this.maxDelayMs - now));
    const timer = setTimeout(() => void this.flush(documentName), wait);
    timer.unref();
    this.pending.set(documentName, { document, timer, firstChangeAt });
    void this.sharing?.values
      .increment(unsettledKey(documentName), UNSETTLED_TTL_MS)
      .catch((error: unknown) => console.error(`[collab] could not mark ${documentName}`, error));
  }

  async onDisconnect({ documentName, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0) await this.flush(documentName);
  }

  /** Hocuspocus awaits this before destroying the document: render it while it is readable. */
  async beforeUnloadDocument({ documentName, document }: beforeUnloadDocumentPayload) {
    if (!this.pending.has(documentName) && this.sharing) {
      // Changes another process received but did not live to render.
      const mark = await this.sharing.values.get(unsettledKey(documentName)).catch(() => null);
      if (mark !== null) this.pending.set(documentName, orphaned(document));
    }
    await this.flush(documentName);
  }

  /** Runs the callback now if changes are waiting; resolves when it has finished. */
  async flush(documentName: string): Promise<void> {
    const waiting = this.pending.get(documentName);
    const running = this.running.get(documentName);
    if (!waiting) return running;
    clearTimeout(waiting.timer);
    this.pending.delete(documentName);
    const run = (async () => {
      await running;
      try {
        await this.render(documentName, waiting.document);
      } catch (error) {
        console.error(`[collab] onDocumentSettled failed for ${documentName}`, error);
      }
    })();
    this.running.set(documentName, run);
    await run;
    if (this.running.get(documentName) === run) this.running.delete(documentName);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((name) => this.flush(name)));
    await Promise.all(this.running.values());
  }

  private async render(documentName: string, document: Y.Doc): Promise<void> {
    if (!this.sharing) return this.onSettled(documentName, document);
    const { locks, values } = this.sharing;
    const locked = await locks.withLock(
      `settled:${documentName}`,
      { waitMs: 30_000, ttlMs: 60_000 },
      async () => {
        // Read before rendering: a change marked meanwhile keeps the mark for its own render.
        const mark = await values.get(unsettledKey(documentName));
        await this.onSettled(documentName, document);
        if (mark !== null) await values.removeIf(unsettledKey(documentName), mark);
      },
    );
    if (!locked.ran) console.error(`[collab] gave up waiting to render ${documentName}`);
  }
}

function unsettledKey(documentName: string) {
  return `unsettled:${documentName}`;
}

function orphaned(document: Y.Doc): Pending {
  return { document, timer: setTimeout(() => {}, 0), firstChangeAt: Date.now() };
}
