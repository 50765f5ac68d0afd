// Two collaboration servers on one PostgreSQL and one Redis, as two app processes would be:
// changes, presence and signals cross between them, each change is logged once, and
// once-per-document work (initial content, settled callbacks) runs once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@coproduce/db/testing/postgres";
import { startThrowawayRedis, type ThrowawayRedis } from "./testing/throwaway-redis.js";
import type { CollabServerOptions } from "./create-collab-server.js";
import { loadDocumentState } from "./document-store.js";
import { authenticateFromQuery, authorizeByName } from "./test/test-auth.js";
import { allAcknowledged, connect, sleep, startServer, waitFor } from "./test/harness.js";

const timeout = 60_000;
let postgres: ThrowawayPostgres;
let redis: ThrowawayRedis;
let db: Db;
let documentCount = 0;

beforeAll(async () => {
  process.env.COPRODUCE_QUIET = "1";
  [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
  migrateDatabase(postgres.url);
  db = await createDb(postgres.url);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  postgres?.stop();
  await redis?.stop();
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** Two servers ("processes") sharing the database and Redis, each with its own connection. */
async function twoProcesses(
  overrides:
    Partial<CollabServerOptions> | ((label: "a" | "b") => Partial<CollabServerOptions>) = {},
) {
  const prefix = `test${documentCount}`;
  const start = async (label: "a" | "b") => {
    const ownDb = await createDb(postgres.url);
    const server = await startServer({
      db: ownDb,
      authenticate: authenticateFromQuery,
      authorize: authorizeByName,
      scaleOut: { redisUrl: redis.url, prefix },
      ...(typeof overrides === "function" ? overrides(label) : overrides),
    });
    cleanups.push(() => ownDb.$disconnect());
    cleanups.push(() => server.close());
    return server;
  };
  const [a, b] = await Promise.all([start("a"), start("b")]);
  const open = (port: number, documentName: string, userId: string) => {
    const client = connect(port, documentName, userId);
    cleanups.push(() => client.destroy());
    return client;
  };
  return { a, b, open, name: `doc:scale-${++documentCount}` };
}

const logRows = (documentName: string) => db.collabUpdate.count({ where: { documentName } });
const textOf = (doc: Y.Doc) => doc.getText("text").toString();

describe("two processes on one Redis and one PostgreSQL", { timeout }, () => {
  it("sends a change made on one process to the other's clients, and logs it once", async () => {
    const { a, b, open, name } = await twoProcesses();
    const onA = open(a.port, name, "writer-a");
    const onB = open(b.port, name, "writer-b");
    await Promise.all([onA.ready, onB.ready]);

    for (const [from, to, text] of [
      [onA, onB, "from A. "],
      [onB, onA, "from B. "],
      [onA, onB, "A again. "],
    ] as const) {
      const before = await logRows(name);
      from.doc.getText("text").insert(textOf(from.doc).length, text);
      await allAcknowledged(from.provider);
      await waitFor(() => textOf(to.doc).includes(text), 5000, `"${text}" on the other process`);
      // Give a second log write (if there were one) time to land.
      await sleep(300);
      expect(await logRows(name)).toBe(before + 1);
    }
    expect(textOf(onA.doc)).toBe(textOf(onB.doc));

    // The durable log holds the whole document, and a newcomer on either process gets it all.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState(db, name))!);
    expect(textOf(stored)).toBe(textOf(onA.doc));
    const late = open(b.port, name, "viewer-late");
    await late.ready;
    expect(textOf(late.doc)).toBe(textOf(onA.doc));
  });

  it("shows each process's presence to the other's clients", async () => {
    const { a, b, open, name } = await twoProcesses();
    const onA = open(a.port, name, "writer-a");
    const onB = open(b.port, name, "writer-b");
    await Promise.all([onA.ready, onB.ready]);
    onA.provider.setAwarenessField("user", { name: "Asha on A" });
    onB.provider.setAwarenessField("user", { name: "Ben on B" });
    const namesSeenBy = (client: typeof onA) =>
      [...client.provider.awareness!.getStates().values()].map(
        (state) => (state.user as { name?: string } | undefined)?.name,
      );
    await waitFor(() => namesSeenBy(onB).includes("Asha on A"), 5000, "A's presence on B");
    await waitFor(() => namesSeenBy(onA).includes("Ben on B"), 5000, "B's presence on A");
  });

  it("renders settled changes once, on the process that received them", async () => {
    const settledOn: string[] = [];
    const { a, b, open, name } = await twoProcesses((label) => ({
      settleDelayMs: 200,
      onDocumentSettled: async () => void settledOn.push(label),
    }));
    const onA = open(a.port, name, "writer-a");
    const onB = open(b.port, name, "writer-b");
    await Promise.all([onA.ready, onB.ready]);
    onA.doc.getText("text").insert(0, "Settles once.");
    await allAcknowledged(onA.provider);
    await waitFor(() => textOf(onB.doc) === "Settles once.", 5000, "the change on B");
    await waitFor(() => settledOn.length > 0, 5000, "a settled callback");
    await sleep(1000);
    expect(settledOn).toEqual(["a"]);
  });

  it("renders on another process the changes of a process that died before rendering", async () => {
    const settledOn: string[] = [];
    const { b, open, name } = await twoProcesses((label) => ({
      settleDelayMs: 60_000,
      onDocumentSettled: async () => void settledOn.push(label),
    }));
    const onB = open(b.port, name, "viewer-b");
    await onB.ready;
    // What a process that logged a change and was killed before rendering it leaves behind.
    await b.collab.values.increment(`unsettled:${name}`, 60_000);
    onB.destroy();
    await waitFor(() => settledOn.includes("b"), 5000, "B to render the orphaned change");
    expect(await b.collab.values.get(`unsettled:${name}`)).toBeNull();
  });

  it("creates a brand-new document's initial content once when both processes open it", async () => {
    const { a, b, open, name } = await twoProcesses({
      initialContent: async (_name, doc) => {
        // Slow enough that both processes are loading the document at the same time.
        await sleep(200);
        doc.getText("text").insert(0, "Start here.");
      },
    });
    const onA = open(a.port, name, "writer-a");
    const onB = open(b.port, name, "writer-b");
    await Promise.all([onA.ready, onB.ready]);
    await sleep(300);
    expect(textOf(onA.doc)).toBe("Start here.");
    expect(textOf(onB.doc)).toBe("Start here.");
    expect(await logRows(name)).toBe(1);
  });

  it("delivers a server signal to clients of a process where the document was opened", async () => {
    const { a, b, open, name } = await twoProcesses();
    const onB = open(b.port, name, "viewer-b");
    await onB.ready;
    const received: string[] = [];
    onB.provider.on("stateless", ({ payload }: { payload: string }) => received.push(payload));
    // The document is open only on B; the signal is sent from A, as a procedure there would.
    expect(a.collab.hocuspocus.documents.has(name)).toBe(false);
    a.collab.signal(name, "reload");
    await waitFor(() => received.includes("reload"), 5000, "the signal on B");
  });

  it("sends a change the server makes on one process to the other's clients", async () => {
    const { a, b, open, name } = await twoProcesses();
    const onB = open(b.port, name, "writer-b");
    await onB.ready;
    await a.collab.applyServerUpdate(name, null, (doc) => {
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(scratch);
      scratch.getText("text").insert(0, "From the server. ");
      return Y.encodeStateAsUpdate(scratch, before);
    });
    await waitFor(() => textOf(onB.doc) === "From the server. ", 5000, "the server change on B");
    expect(await logRows(name)).toBe(1);
  });

  it("keeps logging and acknowledging open documents' changes while Redis is away", async () => {
    // Its own Redis, to stop it.
    const ownRedis = await startThrowawayRedis();
    cleanups.push(() => ownRedis.stop());
    const ownDb = await createDb(postgres.url);
    cleanups.push(() => ownDb.$disconnect());
    const server = await startServer({
      db: ownDb,
      authenticate: authenticateFromQuery,
      authorize: authorizeByName,
      scaleOut: { redisUrl: ownRedis.url },
    });
    cleanups.push(() => server.close());
    const name = `doc:scale-${++documentCount}`;
    const client = connect(server.port, name, "writer-a");
    cleanups.push(() => client.destroy());
    await client.ready;

    // A Redis command nobody waits for, failing while Redis is away, would crash the process.
    const unhandled: unknown[] = [];
    const recordUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", recordUnhandled);
    cleanups.push(() => {
      process.off("unhandledRejection", recordUnhandled);
    });

    await ownRedis.stop();
    client.doc.getText("text").insert(0, "Written while Redis was away.");
    await allAcknowledged(client.provider);
    // A second person opens the document meanwhile, as happens on any busy process.
    const second = connect(server.port, name, "writer-b");
    cleanups.push(() => second.destroy());
    await second.ready;
    await waitFor(() => textOf(second.doc) === "Written while Redis was away.", 5000, "the text");
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState(db, name))!);
    expect(textOf(stored)).toBe("Written while Redis was away.");
    // Long enough for the change to settle and for the extension's retries to give up.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(unhandled.map(String)).toEqual([]);
  });

  it("closes a person's connections on every process when their access changes", async () => {
    const { a, b, open, name } = await twoProcesses();
    const onB = open(b.port, name, "writer-b");
    await onB.ready;
    let closed = false;
    onB.provider.on("close", () => (closed = true));
    a.collab.closeDocumentConnections(name, "writer-b");
    await waitFor(() => closed, 5000, "the connection on B to close");
  });
});
