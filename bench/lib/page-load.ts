// Page load in a child process of its own (page-load-worker.ts runs autocannon), so that it can
// run beside bench:collab's editors without sharing an event loop with anything measured.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { forkWorker, nextMessage, stopWorker } from "./ipc.js";

const WORKER_SCRIPT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "page-load-worker.ts",
);

export interface PageLoadTarget {
  name: string;
  url: string;
  /** The session cookie, for a signed-in page. */
  cookie?: string;
}

export interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  /** Errors, timeouts and answers other than 2xx. */
  failed: number;
}

export interface PageLoadFigures extends LoadFigures {
  name: string;
  url: string;
}

/** Every page together, then each page. */
export interface PageLoadResult {
  all: LoadFigures;
  pages: PageLoadFigures[];
}

export type ToPageLoad =
  | { type: "prepare"; targets: PageLoadTarget[] }
  | { type: "run"; seconds: number; connections: number }
  | { type: "close" };

export const TO_PAGE_LOAD_TYPES: readonly ToPageLoad["type"][] = ["prepare", "run", "close"];

export type FromPageLoad =
  | { type: "ready" }
  /** The status of one request to each page, on its own before the load. */
  | { type: "prepared"; statuses: number[] }
  | ({ type: "done" } & PageLoadResult);

export interface PageLoad {
  /** Loads every page at once, the connections shared between them, for this long. */
  run(seconds: number, connections: number): Promise<PageLoadResult>;
  close(): Promise<void>;
}

/** Starts the page-load process; fails unless every page answers 200 on its own first. */
export async function startPageLoad(targets: PageLoadTarget[]): Promise<PageLoad> {
  const child = await forkWorker(WORKER_SCRIPT);
  // A worker that failed has gone (and said why on stderr): nothing more is sent to it.
  const send = (message: ToPageLoad) => {
    if (child.connected) child.send(message);
  };
  const prepared = nextMessage<FromPageLoad, "prepared">(child, "prepared");
  send({ type: "prepare", targets });
  const { statuses } = await prepared;
  const failing = targets.filter((_, i) => statuses[i] !== 200);
  if (failing.length > 0) {
    send({ type: "close" });
    await stopWorker(child);
    throw new Error(
      `pages for the page load did not answer 200: ${failing.map((t) => `${t.name} (${t.url})`).join(", ")}`,
    );
  }
  return {
    async run(seconds, connections) {
      const done = nextMessage<FromPageLoad, "done">(child, "done");
      send({ type: "run", seconds, connections });
      const { all, pages } = await done;
      return { all, pages };
    },
    async close() {
      send({ type: "close" });
      await stopWorker(child);
    },
  };
}
