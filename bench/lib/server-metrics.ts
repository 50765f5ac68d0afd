// The measured server's own counters (apps/web/server/bench-metrics.server.ts): CPU time,
// SQL statements and finished responses. The difference between two readings, divided by the
// responses in between, gives CPU ms and queries per request: figures that stay steady on a
// shared machine, where wall time does not.
export interface ServerCounters {
  cpuMicros: number;
  queries: number;
  responses: number;
}

export async function readCounters(baseUrl: string): Promise<ServerCounters> {
  const response = await fetch(`${baseUrl}/bench/metrics`);
  if (!response.ok) throw new Error(`/bench/metrics answered ${response.status}`);
  return (await response.json()) as ServerCounters;
}

export interface PerRequest {
  cpuMs: number;
  queries: number;
  responses: number;
}

export function perRequest(before: ServerCounters, after: ServerCounters): PerRequest {
  const responses = after.responses - before.responses;
  if (responses <= 0) return { cpuMs: NaN, queries: NaN, responses: 0 };
  return {
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / responses,
    queries: (after.queries - before.queries) / responses,
    responses,
  };
}
