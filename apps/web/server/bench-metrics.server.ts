// What `npm run bench` reads from the server it measures: the CPU time this process has used,
// the SQL statements it has sent and the responses it has finished, so the report can give CPU
// milliseconds and queries per request (both steady on a busy machine, unlike wall time). Only
// with BENCH_METRICS=on, and only to this machine: the figures say how busy the server is.
import type { NextFunction, Request, Response } from "express";
import { queriesSoFar } from "@coproduce/db";
import { fromThisMachine } from "./dev-outbox.server.js";

export const BENCH_METRICS_PATH = "/bench/metrics";

export interface BenchMetrics {
  /** User + system CPU time of this process, in microseconds. */
  cpuMicros: number;
  queries: number;
  /** Responses finished, not counting this endpoint's own. */
  responses: number;
}

export function benchMetrics(enabled: boolean) {
  let responses = 0;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!enabled) return next();
    if (req.path !== BENCH_METRICS_PATH) {
      res.on("finish", () => responses++);
      return next();
    }
    if (!fromThisMachine(req)) return next();
    const cpu = process.cpuUsage();
    const metrics: BenchMetrics = {
      cpuMicros: cpu.user + cpu.system,
      queries: queriesSoFar(),
      responses,
    };
    res.json(metrics);
  };
}
