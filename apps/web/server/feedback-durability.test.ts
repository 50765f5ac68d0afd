// "Thank you" must mean stored: the real server is killed (SIGKILL, no chance to flush or shut
// down) straight after a burst of feedback, and every piece it acknowledged is in the database.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let server: ChildProcess | undefined;

afterEach(() => {
  server?.kill("SIGKILL");
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(databaseUrl: string, port: number) {
  // Production mode needs no client build for /api routes; the pages are not used here.
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: appRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      TRUST_PROXY: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // A cold start compiles the server with tsx; on a busy 2-core machine that can take a while.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not start in time:\n${output}`);
}

describe("feedback durability", () => {
  it("keeps every acknowledged piece of feedback when the server is killed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-feedback-"));
    const databaseUrl = `file:${path.join(dir, "durable.db")}`;
    migrateDatabase(databaseUrl);
    const setupDb = await createDb(databaseUrl);
    await setupDb.programme.create({
      data: { slug: "durable", name: "Durable", description: "", population: 1 },
    });
    await setupDb.$disconnect();

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = await startServer(databaseUrl, port);

    // Each sender has its own address (through the trusted proxy header), so the rate limit
    // does not refuse the burst.
    const send = (i: number) =>
      fetch(`${origin}/api/trpc/feedback.submit`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Origin: origin,
          "X-Forwarded-For": `10.1.${Math.floor(i / 250)}.${i % 250}`,
        },
        body: JSON.stringify({
          programmeSlug: "durable",
          target: { type: "programme" },
          rating: 3,
          body: `Feedback number ${i}`,
          name: null,
          contact: null,
          stakeholderGroupKey: null,
          placeId: null,
          consent: true,
          honeypot: "",
        }),
      }).then(
        async (response) => {
          if (!response.ok) return null;
          const json = (await response.json()) as { result: { data: { id: string } } };
          return json.result.data.id;
        },
        () => null,
      );

    const acknowledged: string[] = [];
    const track = (promise: Promise<string | null>) =>
      promise.then((id) => {
        if (id) acknowledged.push(id);
      });

    // A first burst that is all answered, then a second one during which the server dies.
    await Promise.all(Array.from({ length: 40 }, (_, i) => track(send(i))));
    expect(acknowledged).toHaveLength(40);
    const inFlight = Array.from({ length: 40 }, (_, i) => track(send(100 + i)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.kill("SIGKILL");
    await Promise.all(inFlight);

    const db = await createDb(databaseUrl);
    const stored = await db.feedback.findMany({
      where: { id: { in: acknowledged } },
      select: { id: true },
    });
    await db.$disconnect();
    expect(stored.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
