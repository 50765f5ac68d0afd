// An acknowledged edit is committed on the durable log's own connection: a transaction the
// door's other work holds open meanwhile (change control uses them when changes settle), and
// then rolls back, cannot take the edit with it. With one shared SQLite connection, the log's
// INSERT ran inside that transaction, was acknowledged, and was rolled back with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "@coproduce/collab";
import { renderYDoc } from "@coproduce/editor/headless";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import {
  firstParagraph,
  startLiveCollaboration,
  until,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";

let live: LiveCollaboration;
let sectionId: string;
let cookie: string;

beforeAll(async () => {
  live = await startLiveCollaboration("log-connection");
  sectionId = await live.toolkitSection({ title: "Aims", plainText: "Our aims." });
  ({ cookie } = await live.personWithSession("editor", "Eve"));
}, 60_000);

afterAll(() => live?.close());

describe("the durable log's connection", { timeout: 60_000 }, () => {
  it("keeps an edit acknowledged while another transaction of the door's was open and then rolled back", async () => {
    const name = sectionDocumentName(sectionId);
    const client = live.openLiveDocument(name, cookie);
    await client.ready;

    // The door's connection opens a transaction (reading only, so SQLite's WAL lets another
    // connection write meanwhile) and holds it until the edit is acknowledged, then fails.
    const heldOpen = live.db
      .$transaction(async (tx) => {
        await tx.section.findUniqueOrThrow({ where: { id: sectionId } });
        const paragraph = firstParagraph(client.doc);
        paragraph.insert(paragraph.length, " Kept.");
        await until(() => client.provider.unsyncedChanges === 0, "the edit to be saved", 15_000);
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    expect(await heldOpen).toBe("rolled back on purpose");
    client.destroy();

    const state = await loadDocumentState(live.db, name);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state!);
    expect(renderYDoc(doc).text).toBe("Our aims. Kept.");
  });
});
