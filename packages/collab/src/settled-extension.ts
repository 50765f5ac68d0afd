// Tells the app when a document's changes have settled (no change for `delayMs`, at most
// `maxDelayMs` after the first unsettled change, and when its last person leaves), so it can
// render derived text (search text, HTML). Runs at most once at a time per document; errors are
// logged and never reach Hocuspocus (onChange and onDisconnect are not awaited by it, so a
// rejection there would be unhandled).
import type * as Y from "yjs";
import type {
  Extension,
  beforeUnloadDocumentPayload,
  onChangePayload,
  onDisconnectPayload,
} from "@hocuspocus/server";

export type OnDocumentSettled = (documentName: string, document: Y.Doc) => Promise<void>;

interface Pending {
  document: Y.Doc;
  timer: NodeJS.Timeout;
  firstChangeAt: number;
}

export class SettledExtension implements Extension {
  readonly extensionName = "Settled";
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly onSettled: OnDocumentSettled,
    private readonly delayMs = 2000,
    private readonly maxDelayMs = 10000,
  ) {}

  async onChange({ documentName, document }: onChangePayload): Promise<void> {
    const now = Date.now();
    const previous = this.pending.get(documentName);
    if (previous) clearTimeout(previous.timer);
    const firstChangeAt = previous?.firstChangeAt ?? now;
    const wait = Math.max(0, Math.min(this.delayMs, firstChangeAt + this.maxDelayMs - now));
    const timer = setTimeout(() => void this.flush(documentName), wait);
    timer.unref();
    this.pending.set(documentName, { document, timer, firstChangeAt });
  }

  async onDisconnect({ documentName, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0) await this.flush(documentName);
  }

  /** Hocuspocus awaits this before destroying the document: render it while it is readable. */
  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
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
        await this.onSettled(documentName, waiting.document);
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
}
