// Turns the figures of one run into bench/results/latest.md: every figure beside its baseline
// and the ratio between them, and every goal as met / not met / not measured yet.
import type { PageFigures } from "./pages.js";
import { collabMarkdown } from "./lib/collab-report.js";
import { isCollabResults } from "./lib/collab-results.js";

export type GoalState = "met" | "not met" | "not measured yet" | "not run";

export interface Goal {
  goal: string;
  figure: string;
  state: GoalState;
}

export interface GrowthRun {
  multiplier: number;
  counts: Record<string, number>;
  pages: PageFigures[];
}

export interface Phase {
  phase: string;
  seconds: number;
}

export interface Report {
  ranAt: string;
  minutes: number;
  /** How long each part of the run took, in order: where the minutes went. */
  phases: Phase[];
  machine: { cpus: number; node: string; loadAverage: number[]; note: string };
  settings: {
    secondsPerPage: number;
    connections: number;
    traceEdits: number;
    traceEditsPerUpdate: number;
  };
  fixture: {
    counts: Record<string, number>;
    words: number;
    generationSeconds: number;
    notes: string[];
  } | null;
  pages: PageFigures[] | null;
  documents: Record<string, unknown> | null;
  growth: GrowthRun[];
  collaboration: { collab: unknown; board: unknown };
  goals: Goal[];
}

const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

/** `/p/bench-programme/toolbox/csec000…002` → `/p/:slug/toolbox/:id`, for a readable table. */
const routeOf = (path: string) =>
  path
    .replace(/^\/(p|toolbox|feedback)\/[^/]+/, "/$1/:slug")
    .replace(/\/toolbox\/[^/]+$/, "/toolbox/:id");

const kib = (bytes: number | undefined) => (bytes === undefined ? "-" : (bytes / 1024).toFixed(1));

/** Sent over the wire for one page: total, then HTML + JS + CSS, and the HTML's encoding. */
function bytesText(p: PageFigures) {
  if (!p.bytes) return "-";
  const b = p.bytes;
  return `${kib(b.total)} (${kib(b.html)} + ${kib(b.js)} + ${kib(b.css)}, ${b.encoding})`;
}

const orDash = (n: number | undefined | null) =>
  n === undefined || n === null || Number.isNaN(n) ? "-" : n;

function pagesTable(pages: PageFigures[]) {
  const floor = pages.at(-1)!.latencyMs.p95;
  return table(
    [
      "page",
      "alone: ms (KiB)",
      "req/s at 50",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "server CPU ms/request",
      "queries/request",
      "KiB sent: total (HTML + JS + CSS)",
      "errors",
      "baseline: /healthz p95 ms",
      "ratio",
    ],
    pages.map((p) =>
      p.skipped
        ? [
            `${p.name} \`${routeOf(p.path)}\``,
            `${p.single.ms} (${p.single.kilobytes})`,
            `not loaded: ${p.skipped}`,
            "-",
            "-",
            "-",
            "-",
            orDash(p.queries),
            bytesText(p),
            "-",
            floor,
            "-",
          ]
        : [
            `${p.name} \`${routeOf(p.path)}\``,
            `${p.single.ms} (${p.single.kilobytes})`,
            p.requestsPerSecond,
            p.latencyMs.p50,
            p.latencyMs.p95,
            p.latencyMs.p99,
            orDash(p.cpuMsPerRequest),
            orDash(p.queries),
            bytesText(p),
            p.errors + p.non2xx,
            floor,
            `${p.p95VsHealthz ?? "-"}×`,
          ],
    ),
  );
}

export function markdownReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`# Benchmark report`, "");
  lines.push(
    `Run at ${report.ranAt} in ${report.minutes} minutes on ${report.machine.cpus} CPUs, Node ${report.machine.node}, load average ${report.machine.loadAverage.join(" / ")} at the start. ${report.machine.note}`,
    "",
    `Each page: ${report.settings.secondsPerPage} s at ${report.settings.connections} connections (autocannon) after a 1 s warm-up, on loopback. Pages and their bytes are the same in every run; times vary with the machine.`,
    "",
  );
  if (report.phases.length > 0) {
    lines.push(
      `Time per phase: ${report.phases.map((p) => `${p.phase} ${p.seconds} s`).join("; ")}.`,
      "",
    );
  }
  lines.push("## Goals", "");
  lines.push(
    table(
      ["goal", "figure", "state"],
      report.goals.map((g) => [g.goal, g.figure, `**${g.state}**`]),
    ),
    "",
  );
  if (report.fixture) {
    lines.push("## Scale fixture", "");
    lines.push(
      `${Object.entries(report.fixture.counts)
        .map(([table, n]) => `${n.toLocaleString("en-GB")} ${table}`)
        .join(
          ", ",
        )}; ${report.fixture.words.toLocaleString("en-GB")} words. Generated in ${report.fixture.generationSeconds} s.`,
      "",
      ...report.fixture.notes.map((n) => `- ${n}`),
      "",
    );
  }
  if (report.pages) {
    lines.push("## Pages on the scale fixture", "", pagesTable(report.pages), "");
  }
  if (report.documents) {
    lines.push("## Documents", "", "```json", JSON.stringify(report.documents, null, 2), "```", "");
  }
  if (report.growth.length > 0) {
    lines.push("## Growth: the demo data at 1×, 10× and 100×", "");
    const first = report.growth[0]!;
    lines.push(
      table(
        [
          "page",
          ...report.growth.map((g) => `${g.multiplier}× p95 ms (req/s; CPU ms/request, queries)`),
          `ratio to ${first.multiplier}×`,
        ],
        first.pages.map((page, index) => [
          page.name,
          ...report.growth.map((g) =>
            g.pages[index]?.skipped
              ? `not loaded (alone ${g.pages[index]!.single.ms} ms)`
              : `${p95Text(g.pages[index]?.latencyMs.p95)} (${g.pages[index]?.requestsPerSecond ?? "-"}; ${orDash(g.pages[index]?.cpuMsPerRequest)} CPU ms, ${orDash(g.pages[index]?.queries)} q)`,
          ),
          report.growth
            .slice(1)
            .map(
              (g) =>
                `${g.multiplier}×: ${ratioText(g.pages[index]?.latencyMs.p95, page.latencyMs.p95)}`,
            )
            .join(", "),
        ]),
      ),
      "",
      report.growth
        .map(
          (g) =>
            `${g.multiplier}×: ${Object.entries(g.counts)
              .map(([t, n]) => `${n} ${t}`)
              .join(", ")}`,
        )
        .join("  \n"),
      "",
    );
  }
  lines.push("## Collaboration", "");
  if (isCollabResults(report.collaboration.collab)) {
    lines.push(collabMarkdown(report.collaboration.collab), "");
  }
  lines.push("bench:collab (`bench/results/collab.json`):", "", "```json");
  lines.push(JSON.stringify(report.collaboration.collab, null, 2), "```", "");
  lines.push(
    "bench:board (`bench/results/board.json`):",
    "",
    report.collaboration.board === "not run"
      ? "not run"
      : ["```json", JSON.stringify(report.collaboration.board, null, 2), "```"].join("\n"),
    "",
  );
  return lines.join("\n");
}

/** A p95, or why there is none: fewer answers than connections in the whole run. */
// NaN in a fresh run, null once read back from latest.json.
function p95Text(p95: number | null | undefined): string {
  if (p95 === undefined) return "-";
  return p95 === null || Number.isNaN(p95) ? "too few answers" : String(p95);
}

function ratioText(p95: number | null | undefined, baseline: number | null): string {
  if (p95 == null || baseline == null || Number.isNaN(p95) || Number.isNaN(baseline)) return "-";
  return (p95 / baseline).toFixed(1);
}
