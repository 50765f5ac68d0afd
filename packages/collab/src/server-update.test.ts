// Server-made changes (comment marks) reach everyone connected, read-only people included, and
// are in the durable log like anyone's edit.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  commentMarkUpdate,
  markedTextInYDoc,
  renderYDoc,
  writePlainTextIntoYDoc,
} from "@coproduce/editor/headless";
import { loadDocumentState } from "./document-store.js";
import { createTestDb, prepareTestDbTemplate } from "./test/test-db.js";
import { authenticateFromQuery, authorizeByName } from "./test/test-auth.js";
import { connect, startServer, waitFor } from "./test/harness.js";

const timeout = 20_000;
const sentence = "People should tell their story once.";
const text = `Our aims. ${sentence} More to come.`;

beforeAll(() => prepareTestDbTemplate(), 60_000);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup() {
  const { db } = await createTestDb();
  const server = await startServer({
    db,
    authenticate: authenticateFromQuery,
    authorize: authorizeByName,
    initialContent: async (_name, doc) => {
      writePlainTextIntoYDoc(doc, text);
    },
  });
  cleanups.push(() => db.$disconnect());
  cleanups.push(() => server.close());
  return { db, server };
}

async function storedDoc(db: Parameters<typeof loadDocumentState>[0], name: string) {
  const state = await loadDocumentState(db, name);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

describe("server updates", { timeout }, () => {
  it("sends a comment mark to a read-only person and logs it durably", async () => {
    const { db, server } = await setup();
    const viewer = connect(server.port, "doc:s1", "viewer-1");
    cleanups.push(() => viewer.destroy());
    await viewer.ready;

    const changed = await server.collab.applyServerUpdate("doc:s1", "contributor-1", (doc) =>
      commentMarkUpdate(doc, "thread-1", { quote: sentence, prefix: "Our aims. " }),
    );
    expect(changed).not.toBeNull();
    await waitFor(() => markedTextInYDoc(viewer.doc, "thread-1") === sentence, 5000, "the mark");
    expect(renderYDoc(viewer.doc).text).toBe(text);

    const rows = await db.collabUpdate.findMany({ where: { documentName: "doc:s1" } });
    expect(rows.some((row) => row.userId === "contributor-1")).toBe(true);
    expect(markedTextInYDoc(await storedDoc(db, "doc:s1"), "thread-1")).toBe(sentence);
  });

  it("opens a document nobody has open, and changes nothing when the words are missing", async () => {
    const { db, server } = await setup();
    expect(
      await server.collab.applyServerUpdate("doc:s2", "u", (doc) =>
        commentMarkUpdate(doc, "t", { quote: "Not in the text", prefix: "" }),
      ),
    ).toBeNull();
    await server.collab.idle();
    const untouched = await storedDoc(db, "doc:s2");
    expect(JSON.stringify(renderYDoc(untouched).json)).not.toContain('"type":"mark"');
    expect(renderYDoc(untouched).text).toBe(text);
    expect(
      await server.collab.applyServerUpdate("doc:s2", "u", (doc) =>
        commentMarkUpdate(doc, "t", { quote: sentence, prefix: "" }),
      ),
    ).not.toBeNull();
    await server.collab.idle();
    expect(markedTextInYDoc(await storedDoc(db, "doc:s2"), "t")).toBe(sentence);
  });
});
