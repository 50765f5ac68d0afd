import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { repoRoot, transactionsSoFar, type Db } from "@coproduce/db";
import { appendUpdate, loadDocumentState } from "./document-store.js";
import { compactDocument } from "./compaction.js";
import type { CollabServerOptions } from "./create-collab-server.js";
import { createTestDb, prepareTestDbTemplate } from "./test/test-db.js";
import { authenticateFromQuery, authorizeByName } from "./test/test-auth.js";
import {
  allAcknowledged,
  connect,
  sleep,
  startServer,
  waitFor,
  type TestClient,
} from "./test/harness.js";

// Generous timeouts: these tests start real servers and processes, and CI machines are busy.
const timeout = 60_000;

beforeAll(() => prepareTestDbTemplate(), 60_000);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(overrides: Partial<CollabServerOptions> = {}) {
  const { url, db } = await createTestDb();
  const server = await startServer({
    db,
    authenticate: authenticateFromQuery,
    authorize: authorizeByName,
    ...overrides,
  });
  cleanups.push(() => db.$disconnect());
  cleanups.push(() => server.close());
  const open = (documentName: string, userId: string) => {
    const client = connect(server.port, documentName, userId);
    cleanups.push(() => client.destroy());
    return client;
  };
  return { url, db, server, open };
}

async function storedText(db: Db, documentName: string, field = "text"): Promise<string | null> {
  const state = await loadDocumentState(db, documentName);
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText(field).toString();
}

function type(client: TestClient, text: string) {
  const ytext = client.doc.getText("text");
  ytext.insert(ytext.length, text);
}

describe("collaboration server", { timeout }, () => {
  it("lets two writers converge, and logs their edits before acknowledging them", async () => {
    const { db, open } = await setup();
    const a = open("doc:s1", "writer-a");
    const b = open("doc:s1", "writer-b");
    await Promise.all([a.ready, b.ready]);

    for (let i = 0; i < 5; i++) {
      type(a, `a${i} `);
      type(b, `b${i} `);
    }
    await waitFor(
      () => a.doc.getText("text").toString() === b.doc.getText("text").toString(),
      5000,
      "convergence",
    );
    await Promise.all([allAcknowledged(a.provider), allAcknowledged(b.provider)]);
    const text = a.doc.getText("text").toString();
    for (let i = 0; i < 5; i++) expect(text).toContain(`a${i} `);
    for (let i = 0; i < 5; i++) expect(text).toContain(`b${i} `);
    expect(await storedText(db, "doc:s1")).toBe(text);
    const authors = await db.collabUpdate.findMany({ select: { userId: true } });
    expect(new Set(authors.map((row) => row.userId))).toEqual(new Set(["writer-a", "writer-b"]));
  });

  it("refuses a viewer's change: not applied, not seen by others, not logged", async () => {
    const { db, open } = await setup();
    const writer = open("doc:s2", "writer-a");
    await writer.ready;
    type(writer, "agreed text");
    await allAcknowledged(writer.provider);

    const viewer = open("doc:s2", "viewer-v");
    await viewer.ready;
    expect(viewer.doc.getText("text").toString()).toBe("agreed text");
    type(viewer, " VANDALISM");
    await sleep(300);
    type(writer, "!");
    await allAcknowledged(writer.provider);
    await sleep(100);

    expect(viewer.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
    expect(writer.doc.getText("text").toString()).toBe("agreed text!");
    expect(await storedText(db, "doc:s2")).toBe("agreed text!");
    expect(await db.collabUpdate.count({ where: { userId: "viewer-v" } })).toBe(0);
    const late = open("doc:s2", "writer-b");
    await late.ready;
    expect(late.doc.getText("text").toString()).toBe("agreed text!");
  });

  it("refuses outsiders and people who are not signed in", async () => {
    const { db, open, server } = await setup();
    await expect(open("doc:s3", "stranger").ready).rejects.toThrow("No access to this document");
    await expect(open("doc:s3", "").ready).rejects.toThrow("Not signed in");
    expect(server.collab.hocuspocus.getDocumentsCount()).toBe(0);
    expect(await db.collabUpdate.count()).toBe(0);
  });

  it("refuses a connection past the per-document limit, with a clear reason", async () => {
    const { open } = await setup({ maxClientsPerDocument: 2 });
    const a = open("doc:full", "writer-a");
    const b = open("doc:full", "viewer-b");
    await Promise.all([a.ready, b.ready]);
    await expect(open("doc:full", "writer-c").ready).rejects.toThrow("already has 2 people");
    await open("doc:other", "writer-c").ready;
  });

  it("refuses to open a document whose stored log cannot be read, instead of opening it empty", async () => {
    const { db, open, server } = await setup({
      initialContent: async (_name, doc) => doc.getText("text").insert(0, "fresh"),
    });
    const good = new Y.Doc();
    good.getText("text").insert(0, "precious");
    await appendUpdate(db, "doc:bad", Y.encodeStateAsUpdate(good), "writer-a");
    await appendUpdate(db, "doc:bad", new Uint8Array([255, 255, 255, 255, 1, 2]), "writer-a");
    const before = await db.collabUpdate.count();

    const client = open("doc:bad", "writer-a");
    await expect(client.ready).rejects.toThrow("This document could not be loaded");
    expect(client.doc.getText("text").toString()).toBe("");
    expect(server.collab.hocuspocus.documents.has("doc:bad")).toBe(false);
    expect(await db.collabUpdate.count()).toBe(before);
    await expect(loadDocumentState(db, "doc:bad")).rejects.toThrow("cannot be read");
  });

  it("creates initial content once, on the server, and logs it", async () => {
    const { db, open, server } = await setup({
      initialContent: async (_name, doc) => doc.getText("text").insert(0, "Purpose: "),
    });
    const a = open("doc:new", "writer-a");
    const b = open("doc:new", "writer-b");
    await Promise.all([a.ready, b.ready]);
    expect(a.doc.getText("text").toString()).toBe("Purpose: ");
    await waitFor(() => b.doc.getText("text").toString() === "Purpose: ");
    a.destroy();
    b.destroy();
    await waitFor(() => server.collab.hocuspocus.getDocumentsCount() === 0);
    const c = open("doc:new", "writer-c");
    await c.ready;
    expect(c.doc.getText("text").toString()).toBe("Purpose: ");
    expect(await storedText(db, "doc:new")).toBe("Purpose: ");
  });

  it("closes a connection that sends a message over the size limit, with a clear reason", async () => {
    const { db, open } = await setup({ maxMessageBytes: 10_000 });
    const client = open("doc:big", "writer-a");
    await client.ready;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      client.websocketProvider.on("close", ({ event }: { event: CloseEvent }) =>
        resolve({ code: event.code, reason: event.reason }),
      );
    });
    type(client, "x".repeat(15_000));
    const event = await closed;
    client.destroy();
    expect(event.code).toBe(1009);
    expect(event.reason).toMatch(/too large/);
    expect(await db.collabUpdate.count({ where: { documentName: "doc:big" } })).toBe(0);
  });

  it("tells the app when a document has settled, and survives a failing callback", async () => {
    const seen: string[] = [];
    let fail = true;
    const { open } = await setup({
      settleDelayMs: 100,
      onDocumentSettled: async (name, doc) => {
        if (fail) {
          fail = false;
          throw new Error("renderer broke");
        }
        seen.push(`${name}=${doc.getText("text").toString()}`);
      },
    });
    const client = open("doc:settle", "writer-a");
    await client.ready;
    type(client, "one");
    await sleep(300); // first callback throws: logged, nothing else happens
    type(client, " two");
    await waitFor(() => seen.length > 0, 3000, "settled callback");
    expect(seen).toEqual(["doc:settle=one two"]);
  });
});

describe("durable log of small edits", { timeout }, () => {
  it("logs every single-character insert and delete, so the stored text equals the live text", async () => {
    const { db, open } = await setup();
    const client = open("doc:keystrokes", "writer-a");
    await client.ready;
    const text = client.doc.getText("text");
    // One keystroke per update, a third of them deletions (the pattern that once lost deletes).
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 600; i++) {
      if (text.length > 0 && random() < 0.33) {
        text.delete(Math.floor(random() * text.length), 1);
      } else {
        text.insert(Math.floor(random() * (text.length + 1)), "abcdefghij"[i % 10]!);
      }
      if (i % 50 === 0) await sleep(1);
    }
    await allAcknowledged(client.provider, 20_000);
    expect(await storedText(db, "doc:keystrokes")).toBe(text.toString());
  });
});

describe("compaction", { timeout }, () => {
  it("folds the log into a snapshot without changing the content", async () => {
    const { db, open, server } = await setup();
    const client = open("doc:c1", "writer-a");
    await client.ready;
    for (let i = 0; i < 30; i++) {
      type(client, `w${i} `);
      await sleep(2);
    }
    await allAcknowledged(client.provider);
    const before = await storedText(db, "doc:c1");
    const rowsBefore = await db.collabUpdate.count({ where: { documentName: "doc:c1" } });
    expect(rowsBefore).toBeGreaterThan(5);
    const loggedTimes = await db.collabUpdate.aggregate({
      where: { documentName: "doc:c1" },
      _min: { createdAt: true },
      _max: { createdAt: true },
    });

    const transactionsBefore = transactionsSoFar();
    const result = await compactDocument(db, "doc:c1");
    // It runs on the log's connection, where a transaction would take in others' log writes.
    expect(transactionsSoFar() - transactionsBefore).toBe(0);
    expect(result.folded).toBe(rowsBefore);
    expect(await db.collabUpdate.count({ where: { documentName: "doc:c1" } })).toBe(0);
    expect(await storedText(db, "doc:c1")).toBe(before);
    // The folded rows' author is still known, for representation counts.
    const contributors = await db.documentContributor.findMany({
      where: { documentName: "doc:c1" },
    });
    expect(contributors).toHaveLength(1);
    // ...and when they first and last wrote, for the co-production record.
    expect(contributors[0]!.firstEditAt).toEqual(loggedTimes._min.createdAt);
    expect(contributors[0]!.lastEditAt).toEqual(loggedTimes._max.createdAt);

    // A later edit goes to the log after the snapshot; a fresh client sees both.
    type(client, "after");
    await allAcknowledged(client.provider);
    client.destroy();
    await waitFor(() => server.collab.hocuspocus.getDocumentsCount() === 0);
    await server.collab.idle(); // unloading compacts in the background
    expect(await db.collabUpdate.count({ where: { documentName: "doc:c1" } })).toBe(0);
    const fresh = open("doc:c1", "writer-b");
    await fresh.ready;
    expect(fresh.doc.getText("text").toString()).toBe(`${before}after`);
  });

  it("keeps updates appended while it runs", async () => {
    const { db } = await createTestDb();
    cleanups.push(() => db.$disconnect());
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 40; i++) doc.getText("text").insert(i, String(i % 10));
    for (const update of updates.slice(0, 20)) await appendUpdate(db, "doc:c2", update, null);
    await Promise.all([
      compactDocument(db, "doc:c2"),
      compactDocument(db, "doc:c2"),
      ...updates.slice(20).map((update) => appendUpdate(db, "doc:c2", update, null)),
    ]);
    expect(await storedText(db, "doc:c2")).toBe(doc.getText("text").toString());
    await compactDocument(db, "doc:c2");
    expect(await db.collabUpdate.count()).toBe(0);
    expect(await storedText(db, "doc:c2")).toBe(doc.getText("text").toString());
  });

  it("compacts an open document once its log passes the threshold", async () => {
    const { db, open, server } = await setup({ compactAfterUpdates: 10 });
    const client = open("doc:c3", "writer-a");
    await client.ready;
    for (let i = 0; i < 35; i++) {
      type(client, `${i},`);
      await sleep(2);
    }
    await allAcknowledged(client.provider);
    await server.collab.idle();
    expect(await db.collabUpdate.count({ where: { documentName: "doc:c3" } })).toBeLessThan(10);
    expect(await db.collabSnapshot.count()).toBe(1);
    expect(await storedText(db, "doc:c3")).toBe(client.doc.getText("text").toString());
  });
});

describe("durability", { timeout }, () => {
  const script = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    "test/collab-server-process.ts",
  );
  // Node itself with tsx's loader (not the tsx CLI, which runs the script in a grandchild that
  // a SIGKILL of the CLI would leave running).
  const tsxLoader = pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;

  function startChild(url: string): Promise<{ child: ChildProcess; port: number }> {
    const child = spawn(process.execPath, ["--import", tsxLoader, script], {
      env: { ...process.env, DATABASE_URL: url, PORT: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    return new Promise((resolve, reject) => {
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready (\d+)/.exec(output);
        if (match) resolve({ child, port: Number(match[1]) });
      });
      child.on("exit", (code) => reject(new Error(`server process exited (${code})`)));
    });
  }

  it("loses no acknowledged edit when the server is killed with SIGKILL", async () => {
    const { url, db } = await createTestDb();
    cleanups.push(() => db.$disconnect());

    const first = await startChild(url);
    const client = connect(first.port, "doc:kill", "writer-a");
    cleanups.push(() => client.destroy());
    await client.ready;
    const expected: string[] = [];
    for (let i = 0; i < 50; i++) {
      type(client, `edit${i};`);
      expected.push(`edit${i};`);
      if (i % 10 === 0) await sleep(5);
    }
    await allAcknowledged(client.provider);
    const exited = new Promise((resolve) =>
      first.child.once("exit", (_code, signal) => resolve(signal)),
    );
    first.child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    client.destroy();

    const second = await startChild(url);
    const fresh = connect(second.port, "doc:kill", "writer-b");
    cleanups.push(() => fresh.destroy());
    await fresh.ready;
    expect(fresh.doc.getText("text").toString()).toBe(expected.join(""));
  });
});
