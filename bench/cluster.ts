// npm run bench:cluster — page load against one app process and against N behind the balancer
// (npm run start:cluster's set-up), both on one throwaway PostgreSQL and Redis with the demo
// seed. Reports requests per second and p95 for each page and the ratio N : 1. On one machine
// the processes share its cores with the load tool, so the ratio says how well the work
// spreads over cores, not what N machines would give. Writes bench/results/cluster.json.
//   CLUSTER_PROCESSES=2 (default: one per core, at least 2)  BENCH_SECONDS=10  BENCH_CONNECTIONS=10
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb } from "@coproduce/db";
import { startThrowawayPostgres } from "@coproduce/db/testing/postgres";
import { startThrowawayRedis } from "@coproduce/collab/testing/redis";
import { percentile, round } from "./lib/stats.js";
import { repoRoot } from "./lib/web-server.js";
import { SESSION_COOKIE } from "./fixture/bench-session.js";

const PROCESSES = Number(process.env.CLUSTER_PROCESSES ?? Math.max(2, os.availableParallelism()));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Few connections: a slow page (hundreds of ms alone) must answer many times within the run.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BASE_PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3600);
const log = (line: string) => console.log(line);

interface PageResult {
  name: string;
  path: string;
  /** One request on its own, before the load. */
  status: number;
  aloneMs: number;
  requestsPerSecond: number;
  p95Ms: number;
  non2xx: number;
  errors: number;
}

function spawnApp(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "apps/web/server/index.ts"], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function spawnBalancer(port: number, backends: number[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "apps/web/scripts/balancer.ts"], {
    cwd: repoRoot,
    env: {
      ...env,
      BALANCER_PORT: String(port),
      BALANCER_BACKENDS: backends.map((p) => `127.0.0.1:${p}`).join(","),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function healthy(port: number) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing healthy on ${port}`);
}

async function stopAll(children: ChildProcess[]) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
}

async function measure(baseUrl: string, target: { name: string; path: string }, cookie: string) {
  // Warm: the first request renders and, for public pages, fills the page cache; the second is
  // timed alone, so a page that is slow by itself is not read as slow under load.
  await fetch(baseUrl + target.path, { headers: { cookie } }).then((r) => r.arrayBuffer());
  const started = performance.now();
  const alone = await fetch(baseUrl + target.path, { headers: { cookie }, redirect: "manual" });
  await alone.arrayBuffer();
  const aloneMs = round(performance.now() - started);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + target.path,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 20,
        headers: { "accept-encoding": "br, gzip", cookie },
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    ...target,
    status: alone.status,
    aloneMs,
    requestsPerSecond: round(latencies.length / SECONDS, 1),
    p95Ms: round(percentile(latencies, 95)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  } satisfies PageResult;
}

const [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: postgres.url,
  REDIS_URL: redis.url,
  DEV_OUTBOX: "off",
  COPRODUCE_QUIET: "1",
};
try {
  log("Preparing PostgreSQL with the demo seed…");
  await new Promise<void>((resolve, reject) =>
    spawn("npm", ["run", "db:setup"], { cwd: repoRoot, env, stdio: "ignore" }).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`db:setup failed (${code})`)),
    ),
  );
  // A signed-in session for the demo editor, as bench-session.ts makes one on SQLite.
  const db = await createDb(postgres.url);
  const editor = await db.user.findFirstOrThrow({ where: { email: "editor@example.org" } });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: `bench-${randomBytes(6).toString("hex")}`,
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId: editor.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const section = await db.section.findFirstOrThrow({ select: { id: true } });
  const programme = await db.programme.findFirstOrThrow({ select: { slug: true } });
  await db.$disconnect();
  const cookie = `${SESSION_COOKIE}=${token}`;
  const targets = [
    { name: "Programme home", path: `/p/${programme.slug}` },
    { name: "Section page", path: `/p/${programme.slug}/toolbox/${section.id}` },
    { name: "Public Toolbox", path: `/toolbox/${programme.slug}` },
  ];

  const runs: { processes: number; pages: PageResult[] }[] = [];
  for (const processes of [1, PROCESSES]) {
    const appPorts = Array.from({ length: processes }, (_, i) => BASE_PORT + 1 + i);
    const children = appPorts.map((port) => spawnApp(port, env));
    children.push(spawnBalancer(BASE_PORT, appPorts, env));
    try {
      await Promise.all([...appPorts, BASE_PORT].map(healthy));
      log(`${processes} process${processes === 1 ? "" : "es"} behind the balancer:`);
      const pages: PageResult[] = [];
      for (const target of targets) {
        const figures = await measure(`http://127.0.0.1:${BASE_PORT}`, target, cookie);
        log(
          `  ${target.name}: alone ${figures.aloneMs} ms (${figures.status}); ` +
            `${figures.requestsPerSecond} req/s, p95 ${figures.p95Ms} ms` +
            (figures.non2xx || figures.errors
              ? ` (${figures.non2xx} non-2xx, ${figures.errors} errors)`
              : ""),
        );
        pages.push(figures);
      }
      runs.push({ processes, pages });
    } finally {
      await stopAll(children);
    }
  }
  const [one, many] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const ratios = one.pages.map((page, i) => ({
    name: page.name,
    throughputRatio: round(many.pages[i]!.requestsPerSecond / page.requestsPerSecond, 2),
    p95Ratio: round(many.pages[i]!.p95Ms / page.p95Ms, 2),
  }));
  log(`Ratio ${PROCESSES} : 1 (throughput; above 1 is better):`);
  for (const ratio of ratios)
    log(`  ${ratio.name}: ${ratio.throughputRatio}× (p95 ${ratio.p95Ratio}×)`);
  const out = path.join(repoRoot, "bench/results/cluster.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        when: new Date().toISOString(),
        cores: os.availableParallelism(),
        seconds: SECONDS,
        connections: CONNECTIONS,
        runs,
        ratios,
      },
      null,
      2,
    ) + "\n",
  );
  log(`Wrote ${path.relative(repoRoot, out)}`);
} finally {
  await redis.stop();
  postgres.stop();
}
