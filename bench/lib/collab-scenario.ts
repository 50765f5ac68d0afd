// One bench:collab scenario: editors on some documents, one observer per document, in worker
// processes. A paced phase measures edit-to-remote latency (optionally while something else
// runs, such as a page load); a burst phase measures durable throughput.
import type { EditorAssignment } from "./collab-messages.js";
import { startEditorPool } from "./collab-editor-pool.js";
import { percentile, round } from "./stats.js";

// Twice a second, like people typing words.
const PACED_INTERVAL_MS = 500;

export interface ScenarioOptions<T> {
  url: string;
  cookie?: string;
  documentNames: string[];
  /** Per document, the observer included. */
  editorsPerDocument: number;
  workers: number;
  pacedSeconds: number;
  /** Updates each editor sends in the burst phase; 0 leaves the burst out. */
  burstUpdatesPerEditor: number;
  /** Runs while the paced phase runs, started at the same moment. */
  duringPaced?: () => Promise<T>;
}

export interface ScenarioFigures {
  clients: number;
  documents: number;
  workers: number;
  latencyMs: { editsSent: number; samples: number; p50: number; p95: number; p99: number };
  /** How long after the paced phase the server acknowledged its last edit: its backlog. */
  pacedBacklogMs: number;
  /** Acknowledged updates per second in the burst phase; null when it was left out. */
  updatesPerSecond: number | null;
}

/** The first editor of each document observes it; the others type. */
function assignments(documentNames: string[], editorsPerDocument: number): EditorAssignment[] {
  return documentNames.flatMap((documentName, d) =>
    Array.from({ length: editorsPerDocument }, (_, i) => ({
      documentName,
      name: `e${d * editorsPerDocument + i}`,
      observer: i === 0,
    })),
  );
}

export async function runScenario<T>(
  options: ScenarioOptions<T>,
): Promise<ScenarioFigures & { duringPaced?: T }> {
  const editors = assignments(options.documentNames, options.editorsPerDocument);
  const pool = await startEditorPool({
    workers: options.workers,
    url: options.url,
    cookie: options.cookie,
    editors,
  });
  try {
    const [paced, duringPaced] = await Promise.all([
      pool.paced(options.pacedSeconds, PACED_INTERVAL_MS),
      options.duringPaced?.(),
    ]);
    const latencies = (await pool.latencies()).sort((a, b) => a - b);
    const burst =
      options.burstUpdatesPerEditor > 0 ? await pool.burst(options.burstUpdatesPerEditor) : null;
    return {
      clients: editors.length,
      documents: options.documentNames.length,
      workers: Math.min(options.workers, editors.length),
      latencyMs: {
        editsSent: paced.edits,
        samples: latencies.length,
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
      },
      pacedBacklogMs: Math.round(paced.backlogMs),
      updatesPerSecond: burst ? Math.round(burst.updates / burst.seconds) : null,
      ...(duringPaced === undefined ? {} : { duringPaced }),
    };
  } finally {
    await pool.close();
  }
}
