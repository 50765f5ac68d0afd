// The page-load process (see page-load.ts): autocannon on every page at once, the connections
// shared between them. Percentiles are computed from every response, as bench/pages.ts does.
import autocannon from "autocannon";
import { isMessageOf, sendToParent } from "./ipc.js";
import {
  TO_PAGE_LOAD_TYPES,
  type FromPageLoad,
  type LoadFigures,
  type PageLoadTarget,
  type ToPageLoad,
} from "./page-load.js";
import { percentile, round } from "./stats.js";

/** Requests slower than this count as failed, and as taking this long. */
const TIMEOUT_SECONDS = 10;

let targets: PageLoadTarget[] = [];
const send = (message: FromPageLoad) => sendToParent(message);

const headersFor = (target: PageLoadTarget): Record<string, string> => ({
  // As every browser does: the server's answer to a phone is compressed.
  "accept-encoding": "br, gzip",
  ...(target.cookie ? { cookie: target.cookie } : {}),
});

async function prepare(assigned: PageLoadTarget[]) {
  targets = assigned;
  const statuses = await Promise.all(
    targets.map((target) =>
      fetch(target.url, { headers: headersFor(target), redirect: "manual" })
        .then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        })
        .catch(() => 0),
    ),
  );
  send({ type: "prepared", statuses });
}

interface Load {
  /** Every response's time; requests that timed out count as taking the timeout. */
  latencies: number[];
  timeouts: number;
  /** Errors, timeouts and answers other than 2xx. */
  failed: number;
}

function figures(load: Load, seconds: number, connections: number): LoadFigures {
  const sorted = [...load.latencies].sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: round((sorted.length - load.timeouts) / seconds, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
    },
    failed: load.failed,
  };
}

async function loadOne(target: PageLoadTarget, seconds: number, connections: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        headers: headersFor(target),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  for (let i = 0; i < result.timeouts; i++) latencies.push(TIMEOUT_SECONDS * 1000);
  const load: Load = {
    latencies,
    timeouts: result.timeouts,
    failed: result.errors + result.timeouts + result.non2xx,
  };
  return {
    load,
    page: { name: target.name, url: target.url, ...figures(load, seconds, connections) },
  };
}

async function run(seconds: number, connections: number) {
  // The first pages take the connections that do not divide evenly.
  const share = (index: number) =>
    Math.floor(connections / targets.length) + (index < connections % targets.length ? 1 : 0);
  const loads = await Promise.all(
    targets.map((target, index) => loadOne(target, seconds, share(index))),
  );
  const sum = (count: (load: Load) => number) => loads.reduce((n, l) => n + count(l.load), 0);
  const all = figures(
    {
      latencies: loads.flatMap((l) => l.load.latencies),
      timeouts: sum((l) => l.timeouts),
      failed: sum((l) => l.failed),
    },
    seconds,
    connections,
  );
  send({ type: "done", all, pages: loads.map((l) => l.page) });
}

async function handle(message: ToPageLoad) {
  switch (message.type) {
    case "prepare":
      return prepare(message.targets);
    case "run":
      return run(message.seconds, message.connections);
    case "close":
      return process.exit(0);
  }
}

process.on("message", (message: unknown) => {
  if (!isMessageOf<ToPageLoad>(message, TO_PAGE_LOAD_TYPES)) return;
  handle(message).catch((error: unknown) => {
    console.error("bench:collab page load:", error);
    process.exit(1);
  });
});
// A worker whose parent has gone (the bench failed or was stopped) has nothing left to do.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
