// A real Redis server for tests: a free port on loopback, its own temporary folder, nothing
// saved to disk, no system service. Debian's `redis-server` package provides it (.ci/run
// installs it; REDIS_SERVER names another binary).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface ThrowawayRedis {
  url: string;
  port: number;
  folder: string;
  /** Stops the server and deletes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-redis-"));
  const binary = process.env.REDIS_SERVER ?? "redis-server";
  let child: ChildProcess | undefined;
  let stopped = false;
  const killNow = () => child?.kill("SIGKILL");
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", killNow);
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };
  process.on("exit", killNow);

  for (let attempt = 1; attempt <= 5; attempt++) {
    const port = await freePort();
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", folder];
    child = spawn(binary, [...args, "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let failed = false;
    child.once("error", () => (failed = true));
    child.once("exit", () => (failed = true));
    const deadline = Date.now() + 10_000;
    while (!failed && Date.now() < deadline) {
      if (await answers(port)) return { url: `redis://127.0.0.1:${port}`, port, folder, stop };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill("SIGKILL");
  }
  await stop();
  throw new Error(`Could not start ${binary}: is the redis-server package installed?`);
}
