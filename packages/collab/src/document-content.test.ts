import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import { loadDocumentState } from "./document-store.js";
import { createLiveDocumentContent, createStoredDocumentContent } from "./document-content.js";
import type { CollabServerOptions } from "./create-collab-server.js";
import { createTestDb, prepareTestDbTemplate } from "./test/test-db.js";
import { authenticateFromQuery, authorizeByName } from "./test/test-auth.js";
import { connect, startServer, waitFor } from "./test/harness.js";

const timeout = 20_000;
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
  return { db, server };
}

/** An update that replaces the whole text with `text`, made against `state`. */
function replaceText(text: string) {
  return (state: Uint8Array) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    const ytext = doc.getText("text");
    doc.transact(() => {
      ytext.delete(0, ytext.length);
      ytext.insert(0, text);
    });
    return Y.encodeStateAsUpdate(doc, before);
  };
}

async function storedText(db: Db, name: string) {
  const state = await loadDocumentState(db, name);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText("text").toString();
}

describe("document content from the server side", { timeout }, () => {
  it("changes a live document: connected editors receive it, and it is logged first", async () => {
    const settled: string[] = [];
    const { db, server } = await setup({
      settleDelayMs: 50,
      onDocumentSettled: async (_name, document) => {
        settled.push(document.getText("text").toString());
      },
    });
    const client = connect(server.port, "doc:live", "writer-a");
    cleanups.push(() => client.destroy());
    await client.ready;
    client.doc.getText("text").insert(0, "Draft two");
    await waitFor(
      () =>
        server.collab.hocuspocus.documents.get("doc:live")?.getText("text").toString() ===
        "Draft two",
    );

    const content = createLiveDocumentContent(db, server.collab);
    const after = await content.change("doc:live", "restorer", replaceText("Draft one"));
    const afterDoc = new Y.Doc();
    Y.applyUpdate(afterDoc, after);
    expect(afterDoc.getText("text").toString()).toBe("Draft one");

    await waitFor(() => client.doc.getText("text").toString() === "Draft one", 5000, "the client");
    expect(await storedText(db, "doc:live")).toBe("Draft one");
    const logged = await db.collabUpdate.findMany({ where: { documentName: "doc:live" } });
    expect(logged.at(-1)?.userId).toBe("restorer");
    await waitFor(() => settled.includes("Draft one"), 5000, "the settled callback");
    // Reading goes through the open document.
    const read = new Y.Doc();
    Y.applyUpdate(read, (await content.read("doc:live"))!);
    expect(read.getText("text").toString()).toBe("Draft one");
  });

  it("changes a document nobody has open: loaded through the server, with its initial content", async () => {
    const { db, server } = await setup({
      initialContent: async (_name, doc) => doc.getText("text").insert(0, "Seeded"),
    });
    const content = createLiveDocumentContent(db, server.collab);
    expect(await content.read("doc:closed")).toBeNull();
    await content.change("doc:closed", "restorer", (state) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      expect(doc.getText("text").toString()).toBe("Seeded");
      return replaceText("Restored")(state);
    });
    await waitFor(() => server.collab.hocuspocus.getDocumentsCount() === 0, 5000, "unloading");
    expect(await storedText(db, "doc:closed")).toBe("Restored");
  });

  it("works on the durable log alone when no server runs (for tests and scripts)", async () => {
    const { db } = await createTestDb();
    cleanups.push(() => db.$disconnect());
    const content = createStoredDocumentContent(db, async (_name, doc) => {
      doc.getText("text").insert(0, "Seeded");
    });
    await content.change("doc:stored", null, replaceText("Changed"));
    expect(await storedText(db, "doc:stored")).toBe("Changed");
    expect(await db.collabUpdate.count({ where: { documentName: "doc:stored" } })).toBe(2);
  });

  it("logs nothing when a change has nothing to apply, live or stored, and returns the state", async () => {
    const { db, server } = await setup({
      initialContent: async (_name, doc) => doc.getText("text").insert(0, "Seeded"),
    });
    for (const content of [
      createLiveDocumentContent(db, server.collab),
      createStoredDocumentContent(db),
    ]) {
      await content.change("doc:quiet", null, replaceText("Written"));
      const before = await db.collabUpdate.count({ where: { documentName: "doc:quiet" } });
      const state = await content.change("doc:quiet", "nobody", () => null);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      expect(doc.getText("text").toString()).toBe("Written");
      expect(await db.collabUpdate.count({ where: { documentName: "doc:quiet" } })).toBe(before);
    }
  });
});
