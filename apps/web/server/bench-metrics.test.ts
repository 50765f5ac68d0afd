// /bench/metrics gives npm run bench the server's CPU time, SQL statements and responses, so
// the report can say how much each page costs. It is served only when switched on, and only to
// this machine.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@coproduce/db/migrate";
import { startRealServer } from "./testing/real-server.js";
import type { BenchMetrics } from "./bench-metrics.server.js";

let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill("SIGKILL");
});

function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-metrics-"));
  const databaseUrl = `file:${path.join(dir, "metrics.db")}`;
  migrateDatabase(databaseUrl);
  return databaseUrl;
}

// Longer than startRealServer's own 120 s start-up deadline, so a slow start fails with its message.
describe("bench metrics", { timeout: 300_000 }, () => {
  it("counts the statements and responses of the requests in between two readings", async () => {
    const started = await startRealServer(freshDatabase(), { BENCH_METRICS: "on" });
    server = started.process;
    const read = async () =>
      (await (await fetch(`${started.origin}/bench/metrics`)).json()) as BenchMetrics;

    const before = await read();
    // /healthz runs exactly one statement (SELECT 1).
    for (let i = 0; i < 3; i++) await (await fetch(`${started.origin}/healthz`)).arrayBuffer();
    const after = await read();

    expect(after.responses - before.responses).toBe(3);
    expect(after.queries - before.queries).toBe(3);
    expect(after.cpuMicros).toBeGreaterThan(before.cpuMicros);

    // Through a proxy the caller is not on this machine: the figures are not theirs to read.
    const proxied = await fetch(`${started.origin}/bench/metrics`, {
      headers: { "X-Forwarded-For": "203.0.113.7" },
    });
    expect(proxied.headers.get("content-type") ?? "").not.toMatch(/json/);
  });

  it("is not served unless switched on", async () => {
    const started = await startRealServer(freshDatabase(), { BENCH_METRICS: undefined });
    server = started.process;
    const response = await fetch(`${started.origin}/bench/metrics`);
    expect(response.headers.get("content-type") ?? "").not.toMatch(/json/);
  });
});
