// bench:collab's figures as Markdown for bench/results/latest.md: each scenario on our server
// beside bare Hocuspocus, and the page load that ran beside the editors.
import type { CollabResults } from "./collab-results.js";
import type { ScenarioFigures } from "./collab-scenario.js";
import type { LoadFigures } from "./page-load.js";

// A percentile of no samples is NaN in a fresh run, null once read back from JSON.
const ms = (n: number) => (Number.isFinite(n) ? n : "-");

const latencyText = ({ latencyMs: l }: ScenarioFigures) =>
  `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} (${l.samples} of ${l.editsSent})`;

const loadText = (l: LoadFigures) =>
  `${l.requestsPerSecond} req/s, ${Number.isFinite(l.latencyMs.p95) ? `p95 ${l.latencyMs.p95} ms` : "no answer within the run"} at ${l.connections} connections${l.failed ? `, ${l.failed} failed` : ""}`;

// How far behind the server was: a backlog of seconds means the latency is mostly queueing.
const backlogText = (s: ScenarioFigures) => `${(s.pacedBacklogMs / 1000).toFixed(1)} s`;

export function collabMarkdown(results: CollabResults): string {
  const ours = results.coproduce;
  const bare = results.bareHocuspocus;
  const during = ours.oneSectionDuringPageLoad;
  const rows = [
    [
      "50 editors on one section",
      latencyText(ours.oneSection),
      latencyText(bare.oneSection),
      `${ours.oneSection.updatesPerSecond} / ${bare.oneSection.updatesPerSecond} (${results.ratios.throughputOneSection}×)`,
      `${backlogText(ours.oneSection)} / ${backlogText(bare.oneSection)}`,
    ],
    [
      "200 editors over 20 sections",
      latencyText(ours.twentySections),
      latencyText(bare.twentySections),
      `${ours.twentySections.updatesPerSecond} / ${bare.twentySections.updatesPerSecond} (${results.ratios.throughputTwentySections}×)`,
      `${backlogText(ours.twentySections)} / ${backlogText(bare.twentySections)}`,
    ],
    [
      "50 editors on one section during page load",
      latencyText(during),
      "- (serves no pages)",
      "-",
      backlogText(during),
    ],
  ];
  const { settings } = results;
  return [
    `Editors in ${settings.editorWorkers} worker processes; a paced phase of ${settings.pacedSeconds} s (each editor types a word twice a second, timed by one observer per section), then a burst of ${settings.burstUpdatesPerEditor} updates per editor.`,
    "",
    "| scenario | ours: edit-to-remote p50 / p95 / p99 ms (samples of edits) | bare Hocuspocus: the same | burst updates/s: ours / bare (ratio) | last edit acknowledged after the paced phase: ours / bare |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
    `The page load during the last scenario, from its own process: all pages ${loadText(during.pageLoad.all)}; ${during.pageLoad.pages.map((p) => `${p.name} ${loadText(p)}`).join("; ")}.`,
    "",
    `Server memory per open document: ours ${ours.memoryMiBPerOpenDocument} MiB, bare ${bare.memoryMiBPerOpenDocument} MiB.`,
  ].join("\n");
}
