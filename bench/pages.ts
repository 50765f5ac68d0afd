// Requests per second and latency for the main pages, with autocannon at 50 connections
// against the real server. Latency percentiles are computed from every response (autocannon's
// own summary has p90 and p97.5 but no p95).
import autocannon from "autocannon";
import { percentile, round } from "./lib/stats.js";
import { perRequest, readCounters } from "./lib/server-metrics.js";
import { measurePageBytes, type PageBytes } from "./lib/page-bytes.js";

export interface PageTarget {
  name: string;
  path: string;
  /** Send the bench user's session cookie. */
  signedIn?: boolean;
}

export interface PageFigures {
  name: string;
  path: string;
  /** One request on an idle server: status, time and size. */
  single: { status: number; ms: number; kilobytes: number };
  /** SQL statements for one request (exact: counted by the server). */
  queries?: number;
  /** Server CPU time per request over the whole run at 50 connections. */
  cpuMsPerRequest?: number;
  /** What a browser downloads for the page, compressed as sent (KiB). */
  bytes?: PageBytes;
  /** Why the page was not loaded at 50 connections, when it was not. */
  skipped?: string;
  requestsPerSecond: number;
  /** Requests still unanswered after the timeout count as taking the timeout. */
  latencyMs: { p50: number; p95: number; p99: number };
  /** Average response body size. */
  kilobytes: number;
  non2xx: number;
  errors: number;
  /** p95 of this page divided by the p95 of /healthz on the same server (the floor). */
  p95VsHealthz?: number;
}

export interface FixtureIds {
  slug: string;
  sectionId: string;
}

/**
 * Every page measured, in order. To add one (the adoption matrix, search…), add one line.
 * The last entry is the floor every other page is compared with.
 */
/** The search page has its own goal (p95 under 150 ms), not the page goal. */
export const SEARCH_PAGE = "Search";

export function pageTargets({ slug, sectionId }: FixtureIds): PageTarget[] {
  return [
    { name: "Programme home", path: `/p/${slug}`, signedIn: true },
    { name: "Section page", path: `/p/${slug}/toolbox/${sectionId}`, signedIn: true },
    { name: "Public Toolbox", path: `/toolbox/${slug}` },
    { name: "Public feedback", path: `/feedback/${slug}` },
    { name: "Adoption matrix", path: `/p/${slug}/delivery-models/matrix`, signedIn: true },
    { name: SEARCH_PAGE, path: `/p/${slug}/search?q=care`, signedIn: true },
    // Last, always: the floor every other page is compared with.
    { name: "Health check (floor)", path: "/healthz" },
  ];
}

/** Requests slower than this count as failed, and as taking this long. */
const TIMEOUT_SECONDS = 20;
/** A page that takes longer than this on its own would only time out at 50 connections. */
const TOO_SLOW_FOR_LOAD_MS = 5_000;

export async function measurePage(
  baseUrl: string,
  target: PageTarget,
  options: { seconds: number; connections: number; cookie: string },
  single: PageFigures["single"],
): Promise<PageFigures> {
  const latencies: number[] = [];
  let bytes = 0;
  const before = await readCounters(baseUrl);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + target.path,
        connections: options.connections,
        duration: options.seconds,
        timeout: TIMEOUT_SECONDS,
        // As every browser does: the server's answer to a phone is compressed.
        headers: {
          "accept-encoding": "br, gzip",
          ...(target.signedIn ? { cookie: options.cookie } : {}),
        },
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _statusCode, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
  // Requests the load tool gave up on are still worked through: their CPU time counts too.
  await waitUntilIdle(baseUrl);
  const server = perRequest(before, await readCounters(baseUrl));
  for (let i = 0; i < result.timeouts; i++) latencies.push(TIMEOUT_SECONDS * 1000);
  latencies.sort((a, b) => a - b);
  // With fewer answers than connections, most requests were still waiting when the run ended:
  // there is no honest p95 (the report says "over the run's length").
  const tooFew = latencies.length < options.connections;
  return {
    name: target.name,
    path: target.path,
    single,
    requestsPerSecond: round((latencies.length - result.timeouts) / options.seconds, 1),
    latencyMs: tooFew
      ? { p50: NaN, p95: NaN, p99: NaN }
      : {
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
        },
    kilobytes: round(latencies.length ? bytes / latencies.length / 1024 : 0, 1),
    cpuMsPerRequest: round(server.cpuMs, 2),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Waits until the server has worked through requests the load tool gave up on (a server keeps
 * rendering a page after its client has gone), so they do not slow the next measurement.
 */
export async function waitUntilIdle(baseUrl: string, maxSeconds = 120) {
  const deadline = performance.now() + maxSeconds * 1000;
  let quick = 0;
  while (quick < 2 && performance.now() < deadline) {
    const started = performance.now();
    // A reused keep-alive socket the server has just closed fails once: treat it as busy.
    const answered = await fetch(`${baseUrl}/healthz`)
      .then((r) => r.arrayBuffer())
      .then(() => true)
      .catch(() => false);
    quick = answered && performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One request on an idle server, so a broken or very slow page is not measured as fast. */
export async function singleRequest(
  baseUrl: string,
  target: PageTarget,
  cookie: string,
): Promise<PageFigures["single"] & { queries?: number }> {
  const before = await readCounters(baseUrl);
  const started = performance.now();
  try {
    const response = await fetch(baseUrl + target.path, {
      headers: target.signedIn ? { cookie } : {},
      redirect: "manual",
      signal: AbortSignal.timeout(120_000),
    });
    const body = await response.arrayBuffer();
    const ms = round(performance.now() - started);
    const server = perRequest(before, await readCounters(baseUrl));
    return {
      status: response.status,
      ms,
      kilobytes: round(body.byteLength / 1024, 1),
      queries: server.queries,
    };
  } catch {
    return { status: 0, ms: round(performance.now() - started), kilobytes: 0 };
  }
}

function notLoaded(target: PageTarget, single: PageFigures["single"], reason: string): PageFigures {
  return {
    name: target.name,
    path: target.path,
    single,
    skipped: reason,
    requestsPerSecond: NaN,
    latencyMs: { p50: NaN, p95: NaN, p99: NaN },
    kilobytes: single.kilobytes,
    non2xx: 0,
    errors: 0,
  };
}

export async function measurePages(
  baseUrl: string,
  targets: PageTarget[],
  options: { seconds: number; connections: number; cookie: string; log: (line: string) => void },
): Promise<PageFigures[]> {
  const figures: PageFigures[] = [];
  for (const target of targets) {
    await waitUntilIdle(baseUrl);
    const { queries, ...single } = await singleRequest(baseUrl, target, options.cookie);
    if (single.status !== 200) {
      const reason = `answered ${single.status || "nothing"} after ${single.ms} ms (${single.kilobytes} KiB)`;
      options.log(`  ${target.name}: NOT LOADED, ${reason}`);
      figures.push(notLoaded(target, single, reason));
      continue;
    }
    if (single.ms > TOO_SLOW_FOR_LOAD_MS) {
      const reason = `one request alone takes ${single.ms} ms (${single.kilobytes} KiB)`;
      options.log(`  ${target.name}: NOT LOADED, ${reason}`);
      figures.push(notLoaded(target, single, reason));
      continue;
    }
    const bytes = await measurePageBytes(
      baseUrl + target.path,
      target.signedIn ? options.cookie : undefined,
    );
    // A short warm-up so the first figures are not the JIT's.
    await measurePage(baseUrl, target, { ...options, seconds: 1 }, single);
    await waitUntilIdle(baseUrl);
    const measured = { ...(await measurePage(baseUrl, target, options, single)), queries, bytes };
    options.log(
      `  ${target.name}: ${measured.requestsPerSecond} req/s, p95 ${measured.latencyMs.p95} ms, ${measured.cpuMsPerRequest} CPU ms/request, ${queries} queries, ${round(bytes.total / 1024, 1)} KiB sent (alone ${single.ms} ms${measured.errors ? `, ${measured.errors} errors/timeouts` : ""})`,
    );
    figures.push(measured);
  }
  const floor = figures.at(-1)!.latencyMs.p95;
  for (const page of figures) page.p95VsHealthz = round(page.latencyMs.p95 / floor, 1);
  return figures;
}
