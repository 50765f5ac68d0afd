// npm run start:cluster: N app processes on this machine against one PostgreSQL and one Redis,
// behind the small balancer (server/cluster/balancer.server.ts) on PORT. A process that dies is
// started again after a second; its browsers reconnect to the others meanwhile.
//
//   DATABASE_URL=postgresql://…  REDIS_URL=redis://…  (both required)
//   PORT=3000                  the balancer, where people connect
//   CLUSTER_PROCESSES=2        how many app processes (default: one per CPU core, at least 2)
//   CLUSTER_FIRST_PORT=PORT+1  the processes listen on 127.0.0.1 from this port up
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startBalancer } from "../server/cluster/balancer.server.js";

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL?.startsWith("postgresql://") || !REDIS_URL?.startsWith("redis")) {
  console.error(
    "start:cluster needs DATABASE_URL=postgresql://… and REDIS_URL=redis://… " +
      "(several processes cannot share one SQLite file or their memory).",
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const count = Number(process.env.CLUSTER_PROCESSES ?? Math.max(2, os.availableParallelism()));
const firstPort = Number(process.env.CLUSTER_FIRST_PORT ?? port + 1);
const ports = Array.from({ length: count }, (_, index) => firstPort + index);
let stopping = false;
const children = new Map<number, ChildProcess>();

function startProcess(appPort: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: appRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(appPort),
      HOST: "127.0.0.1",
      // The balancer passes on each visitor's address, for the sign-in limits.
      TRUST_PROXY: "true",
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    },
  });
  children.set(appPort, child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`App process on ${appPort} stopped (${signal ?? code}); starting it again.`);
    setTimeout(() => startProcess(appPort), 1000);
  });
}

for (const appPort of ports) startProcess(appPort);
const balancer = await startBalancer({
  port,
  host: process.env.HOST ?? "0.0.0.0",
  backends: ports.map((appPort) => ({ host: "127.0.0.1", port: appPort })),
});
console.log(
  `Coproduce cluster: ${count} processes (${ports.join(", ")}) behind http://localhost:${port}`,
);

function shutDown() {
  stopping = true;
  for (const child of children.values()) child.kill("SIGTERM");
  void balancer.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 6000).unref();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
