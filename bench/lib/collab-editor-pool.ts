// bench:collab's side of the editor workers: forks them, deals the editors out among them, runs
// each phase in all of them at once and gathers what they report.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  sharedClockMs,
  type EditorAssignment,
  type FromEditors,
  type ToEditors,
} from "./collab-messages.js";
import { forkWorker, nextMessage, stopWorker } from "./ipc.js";

const WORKER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "collab-editors.ts");

export interface EditorPool {
  /**
   * Runs the paced phase in every worker; resolves once every edit is acknowledged, with the
   * edits sent and how long after the phase the last acknowledgement came.
   */
  paced(seconds: number, intervalMs: number): Promise<{ edits: number; backlogMs: number }>;
  /** Every edit-to-remote time the observers recorded since the last call. */
  latencies(): Promise<number[]>;
  /** Runs the burst phase in every worker: updates sent, and seconds until all were acknowledged. */
  burst(updatesPerEditor: number): Promise<{ updates: number; seconds: number }>;
  close(): Promise<void>;
}

export async function startEditorPool(options: {
  workers: number;
  url: string;
  cookie?: string;
  editors: EditorAssignment[];
}): Promise<EditorPool> {
  const count = Math.max(1, Math.min(options.workers, options.editors.length));
  const children = await Promise.all(
    Array.from({ length: count }, () => forkWorker(WORKER_SCRIPT)),
  );
  // A worker that failed has gone (and said why on stderr): nothing more is sent to it.
  const tell = (child: ChildProcess, message: ToEditors) => {
    if (child.connected) child.send(message);
  };
  const ask = <T extends FromEditors["type"]>(message: ToEditors, reply: T) =>
    Promise.all(
      children.map((child) => {
        const answer = nextMessage<FromEditors, T>(child, reply);
        tell(child, message);
        return answer;
      }),
    );

  // Dealt round the workers in turn, so each holds a share of every document's editors.
  await Promise.all(
    children.map((child, index) => {
      const connected = nextMessage<FromEditors, "connected">(child, "connected");
      tell(child, {
        type: "connect",
        url: options.url,
        cookie: options.cookie,
        editors: options.editors.filter((_, i) => i % count === index),
      });
      return connected;
    }),
  );

  return {
    async paced(seconds, intervalMs) {
      const done = await ask({ type: "paced", seconds, intervalMs }, "pacedDone");
      return {
        edits: done.reduce((sum, d) => sum + d.edits, 0),
        backlogMs: Math.max(...done.map((d) => d.backlogMs)),
      };
    },
    async latencies() {
      const replies = await ask({ type: "latencies" }, "latencies");
      return replies.flatMap((r) => r.samples);
    },
    async burst(updatesPerEditor) {
      // Timed on the shared clock: from before the first worker is told to the last one done.
      const started = sharedClockMs();
      const done = await ask({ type: "burst", updatesPerEditor }, "burstDone");
      const finished = Math.max(...done.map((d) => d.finishedAt));
      return {
        updates: done.reduce((sum, d) => sum + d.updates, 0),
        seconds: (finished - started) / 1000,
      };
    },
    async close() {
      children.forEach((child) => tell(child, { type: "close" }));
      await Promise.all(children.map((child) => stopWorker(child)));
    },
  };
}
