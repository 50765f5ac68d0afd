// The shape of bench/results/collab.json: written by bench/collab.ts, read back by
// bench/run-all.ts and bench/report.ts.
import type { ScenarioFigures } from "./collab-scenario.js";
import type { PageLoadResult } from "./page-load.js";

export const COLLAB_GOALS = {
  oneSection: "p95 under 50 ms, 50 editors on one section",
  duringPageLoad: "p95 under 50 ms during page load",
  throughput: "durable throughput at least 0.8x bare",
} as const;

export type CollabGoal = (typeof COLLAB_GOALS)[keyof typeof COLLAB_GOALS];

export interface ServerFigures {
  oneSection: ScenarioFigures;
  twentySections: ScenarioFigures;
  /** Growth of the server's resident memory over the 21 documents opened above. */
  memoryMiBPerOpenDocument: number;
}

export interface DuringPageLoadFigures extends ScenarioFigures {
  pageLoad: PageLoadResult & { seconds: number };
}

export interface CollabResults {
  ranAt: string;
  machine: { cpus: number; node: string; loadAverage: number[] };
  settings: {
    editorWorkers: number;
    pacedSeconds: number;
    burstUpdatesPerEditor: number;
    pageLoadConnections: number;
  };
  /** Our server also runs the editors during a page load (bare Hocuspocus serves no pages). */
  coproduce: ServerFigures & { oneSectionDuringPageLoad: DuringPageLoadFigures };
  bareHocuspocus: ServerFigures;
  ratios: {
    throughputOneSection: number;
    throughputTwentySections: number;
    p95OneSection: number;
  };
  goals: Record<CollabGoal, "met" | "not met">;
}

/** Whether collab.json, as read back, has this run's shape (an older file may not). */
export function isCollabResults(value: unknown): value is CollabResults {
  return (
    typeof value === "object" &&
    value !== null &&
    "goals" in value &&
    "coproduce" in value &&
    typeof value.coproduce === "object" &&
    value.coproduce !== null &&
    "oneSectionDuringPageLoad" in value.coproduce
  );
}
