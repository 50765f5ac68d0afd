// What bench:collab's parent and its editor workers (collab-editors.ts) say to each other.
// The parent runs each phase in every worker at once and gathers what they measured.

/**
 * Milliseconds on a clock that processes on one machine share: each process's time origin is
 * the wall clock at its start, so an edit stamped in one worker can be timed in another.
 * (`performance.now()` alone counts from each process's own start.)
 */
export const sharedClockMs = () => performance.timeOrigin + performance.now();

export interface EditorAssignment {
  documentName: string;
  /** Written with each of the editor's edits. */
  name: string;
  /** An observer does not edit; it records when other editors' edits reach it. */
  observer: boolean;
}

export type ToEditors =
  | { type: "connect"; url: string; cookie?: string; editors: EditorAssignment[] }
  | { type: "paced"; seconds: number; intervalMs: number }
  | { type: "burst"; updatesPerEditor: number }
  | { type: "latencies" }
  | { type: "close" };

export const TO_EDITORS_TYPES: readonly ToEditors["type"][] = [
  "connect",
  "paced",
  "burst",
  "latencies",
  "close",
];

export type FromEditors =
  | { type: "ready" }
  | { type: "connected" }
  /**
   * Sent once every edit of the phase is acknowledged by the server, `backlogMs` after the
   * last was made: how far behind the server was.
   */
  | { type: "pacedDone"; edits: number; backlogMs: number }
  | { type: "burstDone"; updates: number; finishedAt: number }
  /** Edit-to-remote times (ms) the worker's observers recorded since the last request. */
  | { type: "latencies"; samples: number[] };
