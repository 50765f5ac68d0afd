// Change control over the real websocket: an editor's raw Yjs client changes the text of an
// agreed section; once the change settles, the section is In review and the decision log says
// who changed it. Runs the app's own collaboration wiring on a migrated SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  firstParagraph,
  startLiveCollaboration,
  until,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

let live: LiveCollaboration;
let sectionId: string;
let editorId: string;
let cookie: string;

beforeAll(async () => {
  live = await startLiveCollaboration("agreed-ws");
  ({ id: editorId, cookie } = await live.personWithSession("editor", "Eve"));
  // Agreed, with its agreed text as the server renders the stored text.
  sectionId = await live.toolkitSection({
    title: "Aims",
    plainText: "Our aims.",
    status: "agreed",
    agreedHtml: null,
  });
}, 60_000);

afterAll(() => live?.close());

const open = (name: string) => live.openLiveDocument(name, cookie);

const statusOf = async () =>
  (await live.db.section.findUniqueOrThrow({ where: { id: sectionId } })).status;

describe("an edit to an agreed section over the websocket", { timeout: 60_000 }, () => {
  it("moves the section to In review once it settles, and logs who changed it", async () => {
    const client = open(sectionDocumentName(sectionId));
    await client.ready;
    const paragraph = firstParagraph(client.doc);
    paragraph.insert(paragraph.length, " And more.");
    await until(() => client.provider.unsyncedChanges === 0, "the change to be saved", 15_000);
    client.destroy();

    await until(
      async () => (await statusOf()) === "in_review",
      "the section to be in review",
      15_000,
    );
    const entries = await live.db.decisionEntry.findMany({ where: { sectionId } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: "status_changed",
      actorId: null,
      subjectPersonId: editorId,
    });
    expect(entries[0]!.summary).toBe(
      '"Aims" changed after it was agreed, so it moved from Agreed to In review.',
    );
  });
});
