// "Thank you" must mean stored: the real server is killed (SIGKILL, no chance to flush or shut
// down) straight after a burst of feedback, and every piece it acknowledged is in the database.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { startRealServer } from "./testing/real-server.js";

let server: ChildProcess | undefined;

afterEach(() => {
  server?.kill("SIGKILL");
});

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

    // Senders come through the trusted proxy header (below), so the server must trust it.
    const started = await startRealServer(databaseUrl, { TRUST_PROXY: "true" });
    const origin = started.origin;
    server = started.process;

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
      })
        .then(async (response) => {
          if (!response.ok) return null;
          const json = (await response.json()) as { result: { data: { id: string } } };
          return json.result.data.id;
        })
        // Not acknowledged: the request failed, or the server died before its whole answer
        // arrived (the body then fails to read: "terminated").
        .catch(() => null);

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
