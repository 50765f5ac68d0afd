// Two app processes on one throwaway PostgreSQL and one throwaway Redis, behind the balancer,
// for tests/cluster.spec.ts: started by the test itself (not the shared webServer) on ports just
// above E2E_PORT, from the production build that the webServer has already made.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startThrowawayPostgres } from "@coproduce/db/testing/postgres";
import { startThrowawayRedis } from "@coproduce/collab/testing/redis";
import { E2E_PORT, repoRoot } from "./settings";

export const BALANCER_PORT = E2E_PORT + 1;
export const PROCESS_PORTS = [E2E_PORT + 2, E2E_PORT + 3] as const;
export const BALANCER_URL = `http://localhost:${BALANCER_PORT}`;
export const processUrl = (index: 0 | 1) => `http://localhost:${PROCESS_PORTS[index]}`;

const webRoot = path.join(repoRoot, "apps/web");

export interface Cluster {
  /** Kills an app process at once (SIGKILL), as a crash would. */
  kill(index: 0 | 1): Promise<void>;
  /** Starts a killed app process again on its port. */
  restart(index: 0 | 1): Promise<void>;
  stop(): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += String(chunk)));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed: ${errors}`)),
    );
  });
}

async function waitForHealth(url: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

export async function startCluster(): Promise<Cluster> {
  const [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
  const databaseUrl = postgres.url;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    NODE_ENV: "production",
    DEV_OUTBOX: "on",
    TRUST_PROXY: "true",
    PUBLIC_URL: BALANCER_URL,
    COPRODUCE_QUIET: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await redis.stop();
    postgres.stop();
  };
  try {
    // Migrations and the demo seed, as `npm run db:setup` does.
    await run("npm", ["run", "db:setup"], env);
    const start = (port: number) => {
      const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
        cwd: webRoot,
        env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      return child;
    };
    const processes = PROCESS_PORTS.map(start);
    const balancer = spawn(process.execPath, ["--import", "tsx", "scripts/balancer.ts"], {
      cwd: webRoot,
      env: {
        ...env,
        BALANCER_PORT: String(BALANCER_PORT),
        BALANCER_STATUS: "on",
        BALANCER_BACKENDS: PROCESS_PORTS.map((port) => `127.0.0.1:${port}`).join(","),
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(balancer);
    await Promise.all(
      processes.map((child, index) => waitForHealth(processUrl(index as 0 | 1), child)),
    );
    await waitForHealth(BALANCER_URL, balancer);
    return {
      async restart(index) {
        const old = processes[index]!;
        if (old.exitCode === null && old.signalCode === null) return;
        processes[index] = start(PROCESS_PORTS[index]);
        await waitForHealth(processUrl(index), processes[index]!);
      },
      async kill(index) {
        const child = processes[index]!;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGKILL");
        await exited;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
