// npm run bench — every benchmark, on loopback, against the real server:
//   1. generates the scale fixture (a separate database in bench/.data),
//   2. measures the main pages on it at 50 connections,
//   3. opens a 50,000-word section and replays a long editing trace,
//   4. measures the same pages on the demo data at 1×, 10× and 100×,
//   5. runs bench:collab and bench:board and reads their figures,
// then writes bench/results/latest.json and latest.md and prints the goals.
// Not a test: it reports figures and goals; it fails only if something could not be measured.
// Settings (environment): BENCH_SECONDS (per page, default 5), BENCH_TRACE_EDITS (default the
// full 259,778), BENCH_GROWTH (default "1,10,100"), BENCH_SKIP (any of scale,growth,collab,board).
// BENCH_QUICK=1 (`npm run bench:quick`) is the development mode: the pages on the demo data at
// 1× only, 3 s each, nothing else; about a minute.
// Prints how long each phase took, and keeps it in the report, so the whole run's length (the
// issue asks for under 15 minutes on a 2-core machine) can be followed phase by phase.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixture, type FixtureSummary } from "./fixture/generate-fixture.js";
import { createBenchSession } from "./fixture/bench-session.js";
import { SCALE, demoTimes } from "./fixture/sizes.js";
import {
  measurePages,
  pageTargets,
  SEARCH_PAGE,
  waitUntilIdle,
  type PageFigures,
} from "./pages.js";
import { measureDocumentOpen, measureSectionPage, replayTrace } from "./documents.js";
import { AUTOMERGE_PAPER_EDITS } from "./editing-trace.js";
import { repoRoot, rssMiB, startWebServer } from "./lib/web-server.js";
import { markdownReport, type Goal, type GrowthRun, type Phase, type Report } from "./report.js";
import { round } from "./lib/stats.js";
import { COLLAB_GOALS, isCollabResults } from "./lib/collab-results.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

// 5 s at 50 connections gives hundreds to thousands of answers per page: enough for a p95.
const QUICK = process.env.BENCH_QUICK === "1";
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 3 : 5));
const CONNECTIONS = 50;
const TRACE_EDITS = Number(process.env.BENCH_TRACE_EDITS ?? AUTOMERGE_PAPER_EDITS);
// Keystrokes per update sent: an editor batches what is typed between frames, and one durable
// write per keystroke would make the full trace take longer than the whole run may.
const TRACE_BATCH = Number(process.env.BENCH_TRACE_BATCH ?? 20);
const GROWTH = (process.env.BENCH_GROWTH ?? (QUICK ? "1" : "1,10,100"))
  .split(",")
  .map(Number)
  .filter(Boolean);
const SKIP = new Set(
  (process.env.BENCH_SKIP ?? (QUICK ? "scale,collab,board" : "")).split(",").filter(Boolean),
);
// Ports 3505-3507 (the web server, then bench:collab's two servers); BENCH_PORT moves them.
const WEB_PORT = Number(process.env.BENCH_PORT ?? 3505);

const dataDir = path.join(repoRoot, "bench/.data");
const resultsDir = path.join(repoRoot, "bench/results");
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const phases: Phase[] = [];
/** Runs one phase of the benchmark and records how long it took. */
async function phase<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const phaseStarted = performance.now();
  try {
    return await run();
  } finally {
    const seconds = round((performance.now() - phaseStarted) / 1000, 1);
    phases.push({ phase: name, seconds });
    log(`(${name}: ${seconds} s)`);
  }
}

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : "not run";
}

async function withServer<T>(
  fixture: FixtureSummary,
  run: (url: string, cookie: string, pid: number) => Promise<T>,
) {
  const cookie = createBenchSession(fixture.file, fixture.benchUserId);
  const server = await startWebServer(fixture.file, WEB_PORT);
  try {
    return await run(server.url, cookie, server.pid);
  } finally {
    await server.stop();
  }
}

const loadAverage = os.loadavg().map((n) => round(n, 1));
const report: Report = {
  ranAt: new Date().toISOString(),
  minutes: 0,
  phases,
  machine: {
    cpus: os.cpus().length,
    node: process.version,
    loadAverage,
    note: "The load tool, the server and its database share these CPUs (and, on a shared machine, other work), so figures are noisy: compare ratios within one run rather than figures across runs.",
  },
  settings: {
    secondsPerPage: SECONDS,
    connections: CONNECTIONS,
    traceEdits: TRACE_EDITS,
    traceEditsPerUpdate: TRACE_BATCH,
  },
  fixture: null,
  pages: null,
  documents: null,
  growth: [],
  collaboration: { collab: "not run", board: "not run" },
  goals: [],
};

// 1–3. The scale fixture: pages and documents.
if (!SKIP.has("scale")) {
  log("Generating the scale fixture (50 partnerships, 2,000 sections, 2 million words, …)");
  const fixture = await phase("scale fixture", () =>
    generateFixture(path.join(dataDir, "scale.db"), SCALE, { log }),
  );
  report.fixture = {
    counts: fixture.counts,
    words: fixture.words,
    generationSeconds: round(fixture.seconds, 1),
    notes: [
      "Change Academy sessions: each with a four-activity agenda (bench/fixture/change-academy.ts); no boards or votes.",
      "One section holds 50,000 words (the handbook); the rest share the remaining words.",
    ],
  };
  await withServer(fixture, async (url, cookie, pid) => {
    log(`Pages on the scale fixture, ${SECONDS} s each at ${CONNECTIONS} connections:`);
    report.pages = await phase("scale pages", () =>
      measurePages(
        url,
        pageTargets({ slug: fixture.programmeSlug, sectionId: fixture.typicalSectionId }),
        { seconds: SECONDS, connections: CONNECTIONS, cookie, log },
      ),
    );
    const documentsStarted = performance.now();
    const wsUrl = url.replace("http", "ws") + "/collab";
    const sectionUrl = (id: string) => `${url}/p/${fixture.programmeSlug}/toolbox/${id}`;
    await waitUntilIdle(url);
    log("Opening the 50,000-word handbook section (page, then live document)…");
    const bigPage = await measureSectionPage(sectionUrl(fixture.bigSectionId!), cookie);
    const typicalPage = await measureSectionPage(sectionUrl(fixture.typicalSectionId), cookie);
    const bigDocument = await measureDocumentOpen(
      wsUrl,
      sectionDocumentName(fixture.bigSectionId!),
      cookie,
    );
    const typicalDocument = await measureDocumentOpen(
      wsUrl,
      sectionDocumentName(fixture.typicalSectionId),
      cookie,
    );
    log(
      `  page ${bigPage.first.totalMs} ms (${bigPage.kilobytes} KiB); live document from the log ${bigDocument.coldFromLog.ms} ms`,
    );
    log(
      `Replaying an editing trace of ${TRACE_EDITS.toLocaleString("en-GB")} edits through the server…`,
    );
    phases.push({
      phase: "handbook open",
      seconds: round((performance.now() - documentsStarted) / 1000, 1),
    });
    const rssBefore = rssMiB(pid);
    const trace = await phase("editing trace", () =>
      replayTrace(
        wsUrl,
        sectionDocumentName(fixture.traceSectionId),
        cookie,
        { edits: TRACE_EDITS, editsPerUpdate: TRACE_BATCH },
        log,
      ),
    );
    log(
      `  ${trace.serverSeconds} s (${trace.editsPerSecond} edits/s), read back the same: ${trace.readBackByAnotherClient}`,
    );
    report.documents = {
      handbookSectionPage: {
        words: 50_000,
        coldMs: bigPage.first.totalMs,
        firstByteMs: bigPage.first.firstByteMs,
        warmMedianMs: bigPage.warmMedianMs,
        kilobytesSent: bigPage.kilobytes,
        baselineTypicalSectionColdMs: typicalPage.first.totalMs,
        ratio: round(bigPage.first.totalMs / typicalPage.first.totalMs, 1),
      },
      handbookLiveDocument: {
        firstEverOpen: bigDocument.firstEver,
        coldOpenFromLog: bigDocument.coldFromLog,
        baselineTypicalSection: typicalDocument.coldFromLog,
        ratio: round(bigDocument.coldFromLog.ms / typicalDocument.coldFromLog.ms, 1),
      },
      editingTrace: {
        ...trace,
        source:
          "generated (no npm package ships the automerge-paper trace); same size and insert/delete mix",
        serverRssGrowthMiB: round(rssMiB(pid) - rssBefore, 1),
      },
    };
  });
}

// 4. Growth: the demo data at 1×, 10×, 100×.
if (!SKIP.has("growth")) {
  for (const multiplier of GROWTH) {
    log(`Growth: generating the demo data at ${multiplier}×…`);
    const { fixture, pages } = await phase(`growth ${multiplier}×`, async () => {
      const fixture = generateFixture(
        path.join(dataDir, `demo-x${multiplier}.db`),
        demoTimes(multiplier),
        { log },
      );
      const pages = await withServer(fixture, (url, cookie) => {
        log(`Pages at ${multiplier}×:`);
        return measurePages(
          url,
          pageTargets({ slug: fixture.programmeSlug, sectionId: fixture.typicalSectionId }),
          { seconds: SECONDS, connections: CONNECTIONS, cookie, log },
        );
      });
      return { fixture, pages };
    });
    const run: GrowthRun = { multiplier, counts: fixture.counts, pages };
    report.growth.push(run);
  }
}

// 5. Collaboration: bench:collab measures itself and writes collab.json.
if (!SKIP.has("collab")) {
  log(
    "Collaboration: running bench/collab.ts (ours against bare Hocuspocus, editors in worker processes, and ours during a page load)…",
  );
  await phase(
    "bench:collab",
    () =>
      new Promise<void>((resolve, reject) =>
        spawn(process.execPath, ["--import", "tsx", "collab.ts"], {
          cwd: path.join(repoRoot, "bench"),
          env: {
            ...process.env,
            BENCH_COLLAB_PORT: String(WEB_PORT + 1),
            BENCH_BARE_PORT: String(WEB_PORT + 2),
          },
          stdio: ["ignore", "ignore", "inherit"],
        }).on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`bench:collab failed (${code})`)),
        ),
      ),
  );
}
// 6. The Change Academy board: bench:board writes board.json.
if (!SKIP.has("board")) {
  log("Change Academy board: running bench/board.ts (300 notes, 30 people)…");
  await phase(
    "bench:board",
    () =>
      new Promise<void>((resolve, reject) =>
        spawn(process.execPath, ["--import", "tsx", "board.ts"], {
          cwd: path.join(repoRoot, "bench"),
          env: process.env,
          stdio: ["ignore", "ignore", "inherit"],
        }).on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`bench:board failed (${code})`)),
        ),
      ),
  );
}
report.collaboration = {
  collab: readJson(path.join(resultsDir, "collab.json")),
  board: readJson(path.join(resultsDir, "board.json")),
};

// Goals.
const goals: Goal[] = [];
const pages = report.pages as PageFigures[] | null;
if (pages) {
  const measured = pages.slice(0, -1).filter((p) => p.name !== SEARCH_PAGE);
  const failing = measured.filter(
    (p) => p.skipped || !(p.latencyMs.p95 < 100) || p.errors + p.non2xx > 0,
  );
  goals.push({
    goal: "Page p95 under 100 ms at 50 connections (scale fixture)",
    figure:
      failing.length === 0
        ? `worst ${Math.max(...measured.map((p) => p.latencyMs.p95))} ms`
        : failing
            .map(
              (p) =>
                `${p.name}: ${p.skipped ? `not loaded (${p.skipped})` : Number.isNaN(p.latencyMs.p95) ? `too few answered in ${SECONDS} s` : `${p.latencyMs.p95} ms`}`,
            )
            .join("; "),
    state: failing.length === 0 ? "met" : "not met",
  });
} else {
  goals.push({
    goal: "Page p95 under 100 ms at 50 connections (scale fixture)",
    figure: "-",
    state: "not run",
  });
}
if (pages) {
  const floor = pages.at(-1)!;
  const measured = pages.slice(0, -1);
  const overBudget = measured.filter(
    (p) => !(p.cpuMsPerRequest! <= (p.name === SEARCH_PAGE ? 5 : 3)),
  );
  goals.push({
    goal: "Server CPU per request: at most 3 ms a page, 5 ms for search",
    figure: overBudget.length
      ? overBudget.map((p) => `${p.name}: ${p.cpuMsPerRequest ?? "-"} ms`).join("; ")
      : `worst ${Math.max(...measured.map((p) => p.cpuMsPerRequest ?? NaN))} ms`,
    state: overBudget.length ? "not met" : "met",
  });
  const release = pages.find((p) => p.name === "Public Toolbox");
  if (release) {
    const ratio = round(release.requestsPerSecond / floor.requestsPerSecond, 2);
    goals.push({
      goal: "Public release pages at least 0.5× the /healthz throughput",
      figure: `${release.requestsPerSecond} req/s against ${floor.requestsPerSecond} (${ratio}×)`,
      state: ratio >= 0.5 ? "met" : "not met",
    });
  }
  const publicPages = pages.filter((p) => p.name.startsWith("Public"));
  const heavy = publicPages.filter((p) => !(p.bytes && p.bytes.total <= 100 * 1024));
  goals.push({
    goal: "Public read-only pages at most 100 KiB compressed in all (HTML + JS + CSS)",
    figure: publicPages
      .map((p) => `${p.name}: ${p.bytes ? round(p.bytes.total / 1024, 1) : "-"} KiB`)
      .join("; "),
    state: heavy.length ? "not met" : "met",
  });
}
const search = pages?.find((p) => p.name === SEARCH_PAGE);
goals.push({
  goal: "Search p95 under 150 ms",
  figure: search
    ? search.skipped
      ? `not loaded (${search.skipped})`
      : Number.isNaN(search.latencyMs.p95)
        ? `no p95: ${search.requestsPerSecond} req/s, fewer answers than connections`
        : `${search.latencyMs.p95} ms`
    : "-",
  state: search ? (!search.skipped && search.latencyMs.p95 < 150 ? "met" : "not met") : "not run",
});
const handbook = (report.documents?.handbookSectionPage ?? null) as { coldMs: number } | null;
goals.push({
  goal: "A 50,000-word handbook section opens in under 500 ms server time",
  figure: handbook ? `${handbook.coldMs} ms (cold page)` : "-",
  state: handbook ? (handbook.coldMs < 500 ? "met" : "not met") : "not run",
});
const collab = report.collaboration.collab;
if (isCollabResults(collab)) {
  const ours = collab.coproduce;
  goals.push({
    goal: "Collaboration: p95 edit-to-screen under 50 ms with 50 editors on one section",
    figure: `${ours.oneSection.latencyMs.p95} ms (bare Hocuspocus ${collab.bareHocuspocus.oneSection.latencyMs.p95} ms)`,
    state: collab.goals[COLLAB_GOALS.oneSection],
  });
  const pageLoad = ours.oneSectionDuringPageLoad.pageLoad.all;
  goals.push({
    goal: "Collaboration: the same p95 under 50 ms while pages load at 50 connections",
    figure: `${ours.oneSectionDuringPageLoad.latencyMs.p95} ms (pages: ${pageLoad.requestsPerSecond} req/s, p95 ${pageLoad.latencyMs.p95} ms)`,
    state: collab.goals[COLLAB_GOALS.duringPageLoad],
  });
  goals.push({
    goal: "Collaboration: durable throughput at least 0.8× bare Hocuspocus",
    figure: `${collab.ratios.throughputOneSection}× on one section (${collab.ratios.throughputTwentySections}× over 20)`,
    state: collab.goals[COLLAB_GOALS.throughput],
  });
} else {
  goals.push({ goal: "Collaboration goals", figure: "-", state: "not run" });
}
report.goals = goals;
report.minutes = round((performance.now() - started) / 60_000, 1);

fs.mkdirSync(resultsDir, { recursive: true });
// The quick mode keeps its own report, so it never replaces the figures of a full run.
const reportName = QUICK ? "quick" : "latest";
fs.writeFileSync(
  path.join(resultsDir, `${reportName}.json`),
  JSON.stringify(report, null, 2) + "\n",
);
fs.writeFileSync(path.join(resultsDir, `${reportName}.md`), markdownReport(report));
log("Goals:");
for (const goal of goals)
  log(`  ${goal.state.toUpperCase().padEnd(16)} ${goal.goal}: ${goal.figure}`);
log(`Time per phase: ${phases.map((p) => `${p.phase} ${p.seconds} s`).join(", ")}`);
log(`Wrote bench/results/${reportName}.json and ${reportName}.md in ${report.minutes} minutes.`);
process.exit(0);
