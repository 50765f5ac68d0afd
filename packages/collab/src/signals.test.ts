// Signals are stateless messages: the server's reach everyone with the document open and are
// never stored; a client may send only what the app allows, and never an unchecked broadcast.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CollabServerOptions } from "./create-collab-server.js";
import { createTestDb, prepareTestDbTemplate } from "./test/test-db.js";
import { authenticateFromQuery, authorizeByName } from "./test/test-auth.js";
import { connect, sleep, startServer, waitFor, type TestClient } from "./test/harness.js";

const timeout = 60_000;
beforeAll(() => prepareTestDbTemplate(), 60_000);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(overrides: Partial<CollabServerOptions> = {}) {
  const { db } = await createTestDb();
  const server = await startServer({
    db,
    authenticate: authenticateFromQuery,
    authorize: authorizeByName,
    ...overrides,
  });
  cleanups.push(() => db.$disconnect());
  cleanups.push(() => server.close());
  const open = async (documentName: string, userId: string) => {
    const client = connect(server.port, documentName, userId);
    cleanups.push(() => client.destroy());
    await client.ready;
    return listen(client);
  };
  return { db, server, open };
}

/** The client, with the signals it receives and the reason its connection was closed. */
function listen(client: TestClient) {
  const received: string[] = [];
  const closed: string[] = [];
  client.provider.on("stateless", ({ payload }: { payload: string }) => received.push(payload));
  client.provider.on("close", ({ event }: { event: { reason: string } }) =>
    closed.push(event.reason),
  );
  return { ...client, received, closed };
}

/** A "broadcast stateless" message as Hocuspocus encodes it (type 6), sent by hand. */
function broadcastMessage(documentName: string, payload: string): Uint8Array {
  const text = (value: string) => {
    const bytes = new TextEncoder().encode(value);
    return [bytes.length, ...bytes]; // lengths below 128 fit in one varUint byte
  };
  return new Uint8Array([...text(documentName), 6, ...text(payload)]);
}

describe("signals", { timeout }, () => {
  it("reach everyone with the document open, and nothing is stored", async () => {
    const { db, server, open } = await setup();
    const writer = await open("board:s1", "writer-a");
    const viewer = await open("board:s1", "viewer-b");
    const logged = await db.collabUpdate.count({ where: { documentName: "board:s1" } });
    server.collab.signal("board:s1", "live");
    server.collab.signal("board:other", "live"); // nobody has it open: nothing happens
    await waitFor(() => writer.received.length === 1 && viewer.received.length === 1);
    expect(writer.received).toEqual(["live"]);
    expect(viewer.received).toEqual(["live"]);
    expect(await db.collabUpdate.count({ where: { documentName: "board:s1" } })).toBe(logged);
    expect(await db.collabUpdate.count({ where: { documentName: "board:other" } })).toBe(0);
  });

  it("refuses a client's signal unless the app allows it", async () => {
    const { open } = await setup();
    const sender = await open("board:s2", "writer-a");
    const other = await open("board:s2", "writer-b");
    sender.provider.sendStateless("live");
    await waitFor(() => sender.closed.length > 0);
    expect(sender.closed).toEqual(["You may not send that signal"]);
    await sleep(100);
    expect(other.received).toEqual([]);
  });

  it("passes on the signals the app allows, to the others, and never from a reader", async () => {
    const { open } = await setup({
      acceptsSignal: (_user, _documentName, signal) => signal === "ping",
    });
    const sender = await open("board:s3", "writer-a");
    const other = await open("board:s3", "writer-b");
    const reader = await open("board:s3", "viewer-c");
    sender.provider.sendStateless("ping");
    await waitFor(() => other.received.length === 1 && reader.received.length === 1);
    expect(other.received).toEqual(["ping"]);
    await sleep(100);
    expect(sender.received).toEqual([]);
    expect(sender.closed).toEqual([]);

    sender.provider.sendStateless("live");
    reader.provider.sendStateless("ping");
    await waitFor(() => sender.closed.length > 0 && reader.closed.length > 0);
    await sleep(100);
    expect(other.received).toEqual(["ping"]);
  });

  it("refuses a hand-made broadcast, which Hocuspocus would send on unchecked", async () => {
    const { open } = await setup({ acceptsSignal: () => true });
    const sender = await open("board:s4", "writer-a");
    const other = await open("board:s4", "writer-b");
    sender.websocketProvider.send(broadcastMessage("board:s4", "live"));
    await waitFor(() => sender.closed.length > 0);
    expect(sender.closed).toEqual(["You may not send that signal"]);
    await sleep(100);
    expect(other.received).toEqual([]);
  });
});
