// npm run bench:collab — measures the real collaboration server (session auth, permission
// check, durable log, compaction) against a bare Hocuspocus server in the same run, on loopback.
// Writes bench/results/collab.json. Not a test: it reports figures and goals, it does not fail.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { createDb } from "@coproduce/db";
import { sectionDocumentName } from "@coproduce/shared/document-names";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACED_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const BURST_UPDATES_PER_CLIENT = 20;
// Ports can be moved so that the bench does not collide with other servers on the machine.
const OUR_PORT = process.env.BENCH_COLLAB_PORT ?? "3401";
const BARE_PORT = process.env.BENCH_BARE_PORT ?? "3402";

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (n: number) => Math.round(n * 100) / 100;

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function startProcess(args: string[], env: Record<string, string>, readyText: string) {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(readyText)) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

function connect(url: string, name: string, cookie?: string) {
  // Node's WebSocket cannot send cookies by itself; this one adds the session cookie.
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
  });
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider, name, document, token: "cookie" });
  const synced = new Promise<void>((resolve) => provider.on("synced", () => resolve()));
  // A provider given its own websocket must be attached to it explicitly (Hocuspocus 3).
  provider.attach();
  return { provider, document, synced, websocketProvider };
}

type Client = ReturnType<typeof connect>;

async function allAcknowledged(clients: Client[]) {
  while (clients.some((c) => c.provider.unsyncedChanges > 0)) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Every client edits; one observer per document records when each edit reaches it. */
async function scenario(
  url: string,
  documentNames: string[],
  editorsPerDocument: number,
  cookie?: string,
) {
  const clients: { client: Client; doc: string }[] = [];
  for (const name of documentNames) {
    for (let i = 0; i < editorsPerDocument; i++)
      clients.push({ client: connect(url, name, cookie), doc: name });
  }
  await Promise.all(clients.map((c) => c.client.synced));

  const latencies: number[] = [];
  const observers = new Map<string, Client>();
  for (const { client, doc } of clients) if (!observers.has(doc)) observers.set(doc, client);
  for (const observer of observers.values()) {
    observer.document.getMap("bench").observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const sentAt = event.target.get(key) as number;
        latencies.push(now - sentAt);
      }
    });
  }

  // Paced phase: each editor changes its own key twice a second, like people typing words.
  const writers = clients.filter(({ client, doc }) => observers.get(doc) !== client);
  const timers = writers.map(({ client }, index) =>
    setInterval(() => client.document.getMap("bench").set(`c${index}`, performance.now()), 500),
  );
  await new Promise((r) => setTimeout(r, PACED_SECONDS * 1000));
  timers.forEach(clearInterval);
  await allAcknowledged(clients.map((c) => c.client));

  // Burst phase: everyone sends updates as fast as they can; throughput = acknowledged / time.
  const started = performance.now();
  for (let n = 0; n < BURST_UPDATES_PER_CLIENT; n++) {
    for (const [index, { client }] of writers.entries()) {
      client.document.getText("burst").insert(0, `${index}.${n} `);
    }
  }
  await allAcknowledged(clients.map((c) => c.client));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);

  for (const { client } of clients) {
    client.provider.destroy();
    client.websocketProvider.destroy();
  }
  return {
    clients: clients.length,
    documents: documentNames.length,
    latencyMs: {
      samples: sorted.length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
    },
    updatesPerSecond: Math.round((writers.length * BURST_UPDATES_PER_CLIENT) / seconds),
  };
}

async function measureServer(
  label: string,
  url: string,
  pid: number,
  sectionIds: string[],
  cookie?: string,
) {
  console.log(`${label}: 50 editors on one section…`);
  const rssBefore = rssMiB(pid);
  const one = await scenario(url, [sectionDocumentName(sectionIds[0]!)], 50, cookie);
  console.log(`${label}: 200 editors over 20 sections…`);
  const many = await scenario(
    url,
    sectionIds.slice(0, 20).map((id) => sectionDocumentName(id)),
    10,
    cookie,
  );
  const rssAfter = rssMiB(pid);
  return {
    oneSection: one,
    twentySections: many,
    memoryMiBPerOpenDocument: round(Math.max(0, rssAfter - rssBefore) / 21),
  };
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
const sectionIds = (await db.section.findMany({ take: 20, orderBy: { id: "asc" } })).map(
  (s) => s.id,
);
await db.$disconnect();

const ours = await startProcess(
  ["apps/web/server/index.ts"],
  { NODE_ENV: "production", PORT: OUR_PORT, HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
  "running at",
);
const bare = await startProcess(["bench/bare-hocuspocus-server.ts"], { PORT: BARE_PORT }, "ready");
try {
  const coproduce = await measureServer(
    "Coproduce",
    `ws://127.0.0.1:${OUR_PORT}/collab`,
    ours.pid!,
    sectionIds,
    `coproduce_session=${token}`,
  );
  const baseline = await measureServer(
    "Bare Hocuspocus",
    `ws://127.0.0.1:${BARE_PORT}`,
    bare.pid!,
    sectionIds,
  );
  const results = {
    ranAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    coproduce,
    bareHocuspocus: baseline,
    ratios: {
      throughputOneSection: round(
        coproduce.oneSection.updatesPerSecond / baseline.oneSection.updatesPerSecond,
      ),
      throughputTwentySections: round(
        coproduce.twentySections.updatesPerSecond / baseline.twentySections.updatesPerSecond,
      ),
      p95OneSection: round(coproduce.oneSection.latencyMs.p95 / baseline.oneSection.latencyMs.p95),
    },
    goals: {
      "p95 under 50 ms, 50 editors on one section":
        coproduce.oneSection.latencyMs.p95 < 50 ? "met" : "not met",
      "durable throughput at least 0.7x bare":
        coproduce.oneSection.updatesPerSecond / baseline.oneSection.updatesPerSecond >= 0.7
          ? "met"
          : "not met",
    },
  };
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/collab.json"),
    JSON.stringify(results, null, 2) + "\n",
  );
  console.log(JSON.stringify(results, null, 2));
} finally {
  ours.kill("SIGTERM");
  bare.kill("SIGTERM");
}
process.exit(0);
