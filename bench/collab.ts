// npm run bench:collab — measures the real collaboration server (session auth, permission
// check, durable log, compaction) against a bare Hocuspocus server in the same run, on loopback.
// The simulated editors run in worker processes (bench/lib/collab-editors.ts), so that the
// load generator is not what limits the figures; on our server the one-section scenario runs a
// second time while another process loads pages. Writes bench/results/collab.json. Not a test:
// it reports figures and goals, it does not fail.
// Settings (environment): BENCH_SECONDS (the paced phase, default 8), BENCH_COLLAB_WORKERS
// (editor processes, default one per CPU), BENCH_COLLAB_PORT and BENCH_BARE_PORT;
// BENCH_COLLAB_PROFILE=<folder> runs our server with --cpu-prof and writes its profile there.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@coproduce/db";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { runScenario, type ScenarioOptions } from "./lib/collab-scenario.js";
import {
  COLLAB_GOALS,
  type CollabResults,
  type DuringPageLoadFigures,
  type ServerFigures,
} from "./lib/collab-results.js";
import { startPageLoad, type PageLoadTarget } from "./lib/page-load.js";
import { round } from "./lib/stats.js";
import { rssMiB } from "./lib/web-server.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACED_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const BURST_UPDATES_PER_EDITOR = 20;
const WORKERS = Number(process.env.BENCH_COLLAB_WORKERS ?? os.cpus().length);
// As bench:pages loads them: 50 connections, shared between the pages.
const PAGE_LOAD_CONNECTIONS = 50;
// Ports can be moved so that the bench does not collide with other servers on the machine.
const OUR_PORT = process.env.BENCH_COLLAB_PORT ?? "3401";
const BARE_PORT = process.env.BENCH_BARE_PORT ?? "3402";

// However the bench ends (done, or failed), it must not leave its servers holding their ports.
const servers: ChildProcess[] = [];
process.once("exit", () => servers.forEach((server) => server.kill("SIGTERM")));

function startProcess(
  args: string[],
  env: Record<string, string>,
  readyText: string,
  nodeFlags: string[] = [],
) {
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  servers.push(child);
  return new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(readyText)) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

type Connection = Pick<ScenarioOptions<unknown>, "url" | "cookie">;
const common = { workers: WORKERS, pacedSeconds: PACED_SECONDS };

async function measureServer(
  label: string,
  connection: Connection,
  pid: number,
  sectionIds: string[],
): Promise<ServerFigures> {
  console.log(`${label}: 50 editors on one section…`);
  const rssBefore = rssMiB(pid);
  const oneSection = await runScenario({
    ...connection,
    ...common,
    documentNames: [sectionDocumentName(sectionIds[0]!)],
    editorsPerDocument: 50,
    burstUpdatesPerEditor: BURST_UPDATES_PER_EDITOR,
  });
  console.log(`${label}: 200 editors over 20 sections…`);
  const twentySections = await runScenario({
    ...connection,
    ...common,
    documentNames: sectionIds.slice(0, 20).map((id) => sectionDocumentName(id)),
    editorsPerDocument: 10,
    burstUpdatesPerEditor: BURST_UPDATES_PER_EDITOR,
  });
  const rssAfter = rssMiB(pid);
  return {
    oneSection,
    twentySections,
    memoryMiBPerOpenDocument: round(Math.max(0, rssAfter - rssBefore) / 21),
  };
}

/** The one-section scenario's paced phase again, while a separate process loads pages. */
async function measureDuringPageLoad(
  connection: Connection,
  sectionId: string,
  pages: PageLoadTarget[],
): Promise<DuringPageLoadFigures> {
  console.log(
    `Coproduce: 50 editors on one section while ${pages.map((p) => p.name).join(" and ")} load at ${PAGE_LOAD_CONNECTIONS} connections…`,
  );
  const pageLoad = await startPageLoad(pages);
  try {
    const { duringPaced, ...figures } = await runScenario({
      ...connection,
      ...common,
      documentNames: [sectionDocumentName(sectionId)],
      editorsPerDocument: 50,
      // Throughput is measured without the page load, above.
      burstUpdatesPerEditor: 0,
      duringPaced: () => pageLoad.run(PACED_SECONDS, PAGE_LOAD_CONNECTIONS),
    });
    if (!duringPaced) throw new Error("the page load reported nothing");
    return { ...figures, pageLoad: { seconds: PACED_SECONDS, ...duringPaced } };
  } finally {
    await pageLoad.close();
  }
}

// A fresh database with the demo seed, and a signed-in editor for every simulated client.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
console.log("Preparing a seeded database…");
await new Promise<void>((resolve, reject) =>
  spawn("npm", ["run", "db:setup"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error("db:setup failed")))),
);
const db = await createDb(databaseUrl);
const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
const token = randomBytes(32).toString("base64url");
await db.session.create({
  data: {
    userId: editor.id,
    tokenHash: createHash("sha256").update(token).digest("hex"),
    expiresAt: new Date(Date.now() + 86_400_000),
  },
});
const sections = await db.section.findMany({
  take: 20,
  orderBy: { id: "asc" },
  select: {
    id: true,
    document: { select: { toolbox: { select: { programme: { select: { slug: true } } } } } },
  },
});
const sectionIds = sections.map((s) => s.id);
const programmeSlug = sections[0]!.document.toolbox.programme.slug;
await db.$disconnect();

const ours = await startProcess(
  ["apps/web/server/index.ts"],
  { NODE_ENV: "production", PORT: OUR_PORT, HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
  "running at",
  process.env.BENCH_COLLAB_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_COLLAB_PROFILE)}`]
    : [],
);
const bare = await startProcess(["bench/bare-hocuspocus-server.ts"], { PORT: BARE_PORT }, "ready");
const ourConnection = {
  url: `ws://127.0.0.1:${OUR_PORT}/collab`,
  cookie: `coproduce_session=${token}`,
};
const coproduce = await measureServer("Coproduce", ourConnection, ours.pid!, sectionIds);
// The public Toolbox (kept pages) and the signed-in page of the section being edited.
const site = `http://127.0.0.1:${OUR_PORT}`;
const oneSectionDuringPageLoad = await measureDuringPageLoad(ourConnection, sectionIds[0]!, [
  { name: "Public Toolbox", url: `${site}/toolbox/${programmeSlug}` },
  {
    name: "Section page",
    url: `${site}/p/${programmeSlug}/toolbox/${sectionIds[0]}`,
    cookie: ourConnection.cookie,
  },
]);
const baseline = await measureServer(
  "Bare Hocuspocus",
  { url: `ws://127.0.0.1:${BARE_PORT}` },
  bare.pid!,
  sectionIds,
);
const ratio = (ours: number | null, bare: number | null) =>
  ours === null || bare === null ? NaN : round(ours / bare);
const throughputOneSection = ratio(
  coproduce.oneSection.updatesPerSecond,
  baseline.oneSection.updatesPerSecond,
);
const met = (yes: boolean) => (yes ? "met" : "not met");
const results: CollabResults = {
  ranAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    node: process.version,
    loadAverage: os.loadavg().map((n) => round(n, 1)),
  },
  settings: {
    editorWorkers: WORKERS,
    pacedSeconds: PACED_SECONDS,
    burstUpdatesPerEditor: BURST_UPDATES_PER_EDITOR,
    pageLoadConnections: PAGE_LOAD_CONNECTIONS,
  },
  coproduce: { ...coproduce, oneSectionDuringPageLoad },
  bareHocuspocus: baseline,
  ratios: {
    throughputOneSection,
    throughputTwentySections: ratio(
      coproduce.twentySections.updatesPerSecond,
      baseline.twentySections.updatesPerSecond,
    ),
    p95OneSection: ratio(coproduce.oneSection.latencyMs.p95, baseline.oneSection.latencyMs.p95),
  },
  goals: {
    [COLLAB_GOALS.oneSection]: met(coproduce.oneSection.latencyMs.p95 < 50),
    [COLLAB_GOALS.duringPageLoad]: met(oneSectionDuringPageLoad.latencyMs.p95 < 50),
    [COLLAB_GOALS.throughput]: met(throughputOneSection >= 0.8),
  },
};
fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
fs.writeFileSync(
  path.join(root, "bench/results/collab.json"),
  JSON.stringify(results, null, 2) + "\n",
);
console.log(JSON.stringify(results, null, 2));
process.exit(0);
