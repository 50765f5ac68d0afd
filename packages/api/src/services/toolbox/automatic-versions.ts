// Automatic versions of sections, made when live changes settle (see recordAutomaticVersionIfDue:
// only when the text changed, at most every 10 minutes per section). When changes settle too
// soon after the latest version, a timer tries again once the interval has passed, reading the
// document's state then, so the last changes before people stop editing still get a version.
// Timers live in this process: a restart forgets them, and the next settled change re-arms one.
// With several processes, a retry runs under a shared lock, so two processes whose people both
// changed the section never record the same version twice.
import type { Db } from "@coproduce/db";
import type { RenderedSection } from "@coproduce/editor/headless";
import { recordAutomaticVersionIfDue } from "../section-versions.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

export interface AutomaticVersionsOptions {
  now?: () => Date;
  /** Runs `work` unless another process is running work under the same key (default: runs it). */
  exclusive?: (key: string, work: () => Promise<void>) => Promise<void>;
}

export class AutomaticVersions {
  private readonly timers = new Map<string, { at: Date; timer: NodeJS.Timeout }>();
  private readonly now: () => Date;
  private readonly exclusive: NonNullable<AutomaticVersionsOptions["exclusive"]>;

  constructor(
    private readonly db: Db,
    /** The document's current state (live if open, else stored), or null. */
    private readonly read: (documentName: string) => Promise<Uint8Array | null>,
    options: AutomaticVersionsOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.exclusive = options.exclusive ?? ((_key, work) => work());
  }

  async settled(sectionId: string, state: Uint8Array, rendered?: RenderedSection): Promise<void> {
    if ((await this.db.section.count({ where: { id: sectionId } })) === 0) return;
    const result = await recordAutomaticVersionIfDue(
      this.db,
      sectionId,
      state,
      this.now(),
      rendered,
    );
    this.cancel(sectionId);
    if (result.retryAt) this.schedule(sectionId, result.retryAt);
  }

  /** When a retry is due for this section, if one is. */
  retryAt(sectionId: string): Date | null {
    return this.timers.get(sectionId)?.at ?? null;
  }

  /** Reads the section's state now and records a version if one is due. */
  async retry(sectionId: string): Promise<void> {
    this.cancel(sectionId);
    try {
      await this.exclusive(`automatic-version:${sectionId}`, async () => {
        const state = await this.read(sectionDocumentName(sectionId));
        if (state) await this.settled(sectionId, state);
      });
    } catch (error) {
      console.error(`[versions] automatic version of section ${sectionId} failed`, error);
    }
  }

  stop() {
    for (const sectionId of [...this.timers.keys()]) this.cancel(sectionId);
  }

  private schedule(sectionId: string, at: Date) {
    const timer = setTimeout(
      () => void this.retry(sectionId),
      Math.max(0, at.getTime() - this.now().getTime()),
    );
    timer.unref();
    this.timers.set(sectionId, { at, timer });
  }

  private cancel(sectionId: string) {
    const pending = this.timers.get(sectionId);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(sectionId);
  }
}
