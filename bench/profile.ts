// npm run bench:profile — where one page's server time goes. Starts the production server with
// `--cpu-prof` on the demo data (1×, or the scale fixture with BENCH_PROFILE_SCALE=1), asks for each page one at a time (a warm-up, then
// BENCH_PROFILE_REQUESTS each), stops the server and sums the profile's self time by where
// the code lives (our packages, Prisma, React, React Router, …). Writes the raw .cpuprofile
// and a summary to bench/results/profile/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { generateFixture } from "./fixture/generate-fixture.js";
import { createBenchSession } from "./fixture/bench-session.js";
import { SCALE, demoTimes } from "./fixture/sizes.js";
import { pageTargets } from "./pages.js";
import { repoRoot } from "./lib/web-server.js";
import { readCounters, perRequest } from "./lib/server-metrics.js";
import { round } from "./lib/stats.js";

const REQUESTS = Number(process.env.BENCH_PROFILE_REQUESTS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3505);
const outDir = path.join(repoRoot, "bench/results/profile");
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const onScale = process.env.BENCH_PROFILE_SCALE === "1";
const fixture = generateFixture(
  path.join(repoRoot, onScale ? "bench/.data/profile-scale.db" : "bench/.data/profile-x1.db"),
  onScale ? SCALE : demoTimes(1),
  { log: () => {} },
);
const cookie = createBenchSession(fixture.file, fixture.benchUserId);
const only = process.env.BENCH_PROFILE_PAGE;
const targets = pageTargets({ slug: fixture.programmeSlug, sectionId: fixture.typicalSectionId })
  .filter((t) => !only || t.name === only)
  .slice(0, only ? 1 : -1);

const child = spawn(
  process.execPath,
  ["--cpu-prof", `--cpu-prof-dir=${outDir}`, "--import", "tsx", "apps/web/server/index.ts"],
  {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${fixture.file}`,
      DEV_OUTBOX: "off",
      BENCH_METRICS: "on",
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
await new Promise<void>((resolve) =>
  child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("running at") && resolve()),
);
child.stdout!.resume();
const base = `http://127.0.0.1:${PORT}`;
const perPage: { page: string; cpuMs: number; queries: number }[] = [];
// The profile's clock is the monotonic clock this process's hrtime reads, in microseconds:
// only samples between the first and the last measured request are summed (not start-up).
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);
const windows: [number, number][] = [];
for (const target of targets) {
  const get = () =>
    fetch(base + target.path, { headers: target.signedIn ? { cookie } : {} }).then((r) =>
      r.arrayBuffer(),
    );
  for (let i = 0; i < 10; i++) await get();
  const before = await readCounters(base);
  const from = nowMicros();
  for (let i = 0; i < REQUESTS; i++) await get();
  windows.push([from, nowMicros()]);
  const figures = perRequest(before, await readCounters(base));
  perPage.push({ page: target.name, cpuMs: round(figures.cpuMs), queries: figures.queries });
}
await new Promise((resolve) => {
  child.once("exit", resolve);
  child.kill("SIGINT");
});

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
const file = fs.readdirSync(outDir).find((f) => f.endsWith(".cpuprofile"))!;
const profile = JSON.parse(fs.readFileSync(path.join(outDir, file), "utf8")) as {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** Where a function lives, in words a reader of docs/performance.md recognises. */
function placeOf(node: ProfileNode): string {
  const url = node.callFrame.url;
  if (!url)
    return node.callFrame.functionName === "(garbage collector)"
      ? "garbage collection"
      : node.callFrame.functionName || "(native)";
  if (url.includes("query_compiler")) return "Prisma query compiler (wasm)";
  if (url.includes("wasm://")) return "Prisma query compiler (wasm)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (pkg.startsWith("@prisma/") || pkg === "better-sqlite3") return `Prisma: ${pkg}`;
    return pkg;
  }
  if (url.includes("/packages/db/src/generated")) return "Prisma: generated client";
  const ours = /\/(packages\/[^/]+|apps\/web\/(?:server|build\/server|app))\//.exec(url)?.[1];
  if (ours) return `ours: ${ours}`;
  if (url.startsWith("node:")) return "Node.js built-ins";
  return "other";
}

const placeById = new Map(profile.nodes.map((n) => [n.id, placeOf(n)]));
const micros = new Map<string, number>();
let total = 0;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (!windows.some(([from, to]) => at >= from && at <= to)) return;
  const place = placeById.get(id) ?? "other";
  if (place === "(idle)") return;
  micros.set(place, (micros.get(place) ?? 0) + delta);
  total += delta;
});
const rows = [...micros.entries()].sort((a, b) => b[1] - a[1]);
const summary = [
  `# Where the server's time goes (${REQUESTS} requests per page, one at a time, ${onScale ? "the scale fixture" : "demo data 1×"})`,
  "",
  "| page | server CPU ms/request | queries/request |",
  "| --- | --- | --- |",
  ...perPage.map((p) => `| ${p.page} | ${p.cpuMs} | ${p.queries} |`),
  "",
  "Self time while the pages were answered (start-up and idle time left out):",
  "",
  "| where | share | ms |",
  "| --- | --- | --- |",
  ...rows
    .slice(0, 25)
    .map(
      ([place, us]) => `| ${place} | ${round((100 * us) / total, 1)} % | ${round(us / 1000, 0)} |`,
    ),
  "",
].join("\n");
fs.writeFileSync(path.join(outDir, "summary.md"), summary);
console.log(summary);
process.exit(0);
