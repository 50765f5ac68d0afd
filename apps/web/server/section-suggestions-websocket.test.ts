// Suggesting over the real websocket, as a raw Hocuspocus client signed in as a contributor (a
// carer) sees it: the connection is writable, but the server takes only the contributor's own
// suggestions. Plain text and changes to someone else's suggestion are refused before they are
// logged or applied. Runs the app's own collaboration wiring on a migrated SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  $selectInFirstParagraph,
  renderYDoc,
  suggestedBreakUpdate,
  suggestedInsertionUpdate,
  suggestionDecisionUpdate,
  suggestionsInState,
  updateFromEdit,
} from "@coproduce/editor/headless";
import { $getRoot, $getSelection, $isRangeSelection } from "lexical";
import {
  sleep,
  startLiveCollaboration,
  until,
  type LiveClient,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

type Who = "carer" | "editor";

let live: LiveCollaboration;
let sectionId: string;
const cookies: Record<Who, string> = { carer: "", editor: "" };
const ids: Record<Who, string> = { carer: "", editor: "" };

beforeAll(async () => {
  live = await startLiveCollaboration("suggest-ws");
  sectionId = await live.toolkitSection({ title: "Aims", plainText: "Care close to home." });
  for (const [who, role] of [
    ["carer", "contributor"],
    ["editor", "editor"],
  ] as const) {
    ({ id: ids[who], cookie: cookies[who] } = await live.personWithSession(role, who));
  }
}, 60_000);

afterAll(() => live?.close());

const open = (who: Who): LiveClient =>
  live.openLiveDocument(sectionDocumentName(sectionId), cookies[who]);

/** Changes logged from the carer's connections. */
const logged = () =>
  live.db.collabUpdate.count({
    where: { documentName: sectionDocumentName(sectionId), userId: ids.carer },
  });

/** What the server holds now: its text (suggestions included) and its suggestions. */
async function served() {
  const state = await live.collaboration.documents.read(sectionDocumentName(sectionId));
  return { text: allText(state!), suggestions: suggestionsInState(state!) };
}

/** Every word in the document, suggested ones too (the published text leaves them out). */
function allText(state: Uint8Array): string {
  let text = "";
  updateFromEdit(state, () => {
    text = $getRoot().getTextContent();
    return false;
  });
  return text;
}

let made = 0;
const suggester = (who: Who) => ({
  authorId: ids[who],
  newId: () => `ws-test-${++made}`,
  now: () => new Date().toISOString(),
});

/** Applies `update` to a client's document, so its provider sends it as the browser would. */
function send(client: LiveClient, update: Uint8Array | null) {
  if (!update) throw new Error("Nothing to send");
  Y.applyUpdate(client.doc, update);
}

describe("a contributor's connection to a section", { timeout: 30_000 }, () => {
  it("refuses plain typing: the connection closes, and nothing is logged or applied", async () => {
    const carer = open("carer");
    await carer.ready;
    const before = await logged();
    const state = Y.encodeStateAsUpdate(carer.doc);
    send(
      carer,
      updateFromEdit(state, () => {
        $getRoot().getAllTextNodes()[0]!.spliceText(0, 0, "Not ", false);
        return true;
      }),
    );
    expect(await carer.closed).toMatch(/You can only suggest changes here/);
    await sleep(200);
    expect(await logged()).toBe(before);
    expect((await served()).text).toBe("Care close to home.");
    carer.destroy();
  });

  it("takes a suggestion: it is logged, everyone sees it, and the published text leaves it out", async () => {
    const carer = open("carer");
    const editor = open("editor");
    await Promise.all([carer.ready, editor.ready]);
    const before = await logged();
    send(
      carer,
      suggestedInsertionUpdate(Y.encodeStateAsUpdate(carer.doc), suggester("carer"), 5, "that is "),
    );
    await until(() => carer.provider.unsyncedChanges === 0, "the suggestion to be saved");
    expect(await logged()).toBe(before + 1);
    const now = await served();
    expect(now.text).toBe("Care that is close to home.");
    expect(now.suggestions).toMatchObject([
      { kind: "insert", text: "that is ", authorId: ids.carer },
    ]);
    await until(
      () => allText(Y.encodeStateAsUpdate(editor.doc)).includes("that is"),
      "the editor to see it",
    );
    expect(renderYDoc(editor.doc).text).toBe("Care close to home.");
    carer.destroy();
    editor.destroy();
  });

  it("refuses removing or accepting another person's suggestion, and keeps it whole", async () => {
    const editor = open("editor");
    await editor.ready;
    // The editor suggests too (an editor's connection is not held to the rule).
    send(
      editor,
      suggestedInsertionUpdate(Y.encodeStateAsUpdate(editor.doc), suggester("editor"), 0, "Good "),
    );
    await until(() => editor.provider.unsyncedChanges === 0, "the editor's suggestion to be saved");
    const theirs = (await served()).suggestions.find((s) => s.authorId === ids.editor)!;
    for (const accept of [false, true]) {
      const carer = open("carer");
      await carer.ready;
      const before = await logged();
      send(
        carer,
        suggestionDecisionUpdate(Y.encodeStateAsUpdate(carer.doc), [theirs.suggestionId], accept),
      );
      expect(await carer.closed).toMatch(/You can only suggest changes here/);
      await sleep(200);
      expect(await logged()).toBe(before);
      expect((await served()).suggestions.map((s) => s.suggestionId)).toContain(
        theirs.suggestionId,
      );
      carer.destroy();
    }
    editor.destroy();
  });

  it("lets the contributor withdraw their own suggestion", async () => {
    const carer = open("carer");
    await carer.ready;
    const mine = (await served()).suggestions.find((s) => s.authorId === ids.carer)!;
    send(
      carer,
      suggestionDecisionUpdate(Y.encodeStateAsUpdate(carer.doc), [mine.suggestionId], false),
    );
    await until(() => carer.provider.unsyncedChanges === 0, "the withdrawal to be saved");
    expect((await served()).suggestions.map((s) => s.authorId)).not.toContain(ids.carer);
    carer.destroy();
  });
});

/** The blocks the server holds now, pending suggestions included. */
async function servedBlocks(): Promise<string[]> {
  const state = await live.collaboration.documents.read(sectionDocumentName(sectionId));
  let blocks: string[] = [];
  updateFromEdit(state!, () => {
    blocks = $getRoot()
      .getChildren()
      .map((block) => block.getTextContent());
    return false;
  });
  return blocks;
}

describe("paragraph breaks from a contributor's connection", { timeout: 30_000 }, () => {
  it("refuses a plain new paragraph, and nothing is logged or applied", async () => {
    const carer = open("carer");
    await carer.ready;
    const before = await logged();
    const blocks = await servedBlocks();
    send(
      carer,
      updateFromEdit(Y.encodeStateAsUpdate(carer.doc), () => {
        $selectInFirstParagraph(10);
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        selection.insertParagraph();
        return true;
      }),
    );
    expect(await carer.closed).toMatch(/You can only suggest changes here/);
    await sleep(200);
    expect(await logged()).toBe(before);
    expect(await servedBlocks()).toEqual(blocks);
    carer.destroy();
  });

  it("takes a suggested new paragraph: everyone sees two, the published text keeps one", async () => {
    const carer = open("carer");
    const editor = open("editor");
    await Promise.all([carer.ready, editor.ready]);
    const [only] = await servedBlocks();
    send(carer, suggestedBreakUpdate(Y.encodeStateAsUpdate(carer.doc), suggester("carer"), 10));
    await until(() => carer.provider.unsyncedChanges === 0, "the suggested break to be saved");
    expect(await servedBlocks()).toEqual([only!.slice(0, 10), only!.slice(10)]);
    expect((await served()).suggestions).toContainEqual(
      expect.objectContaining({ kind: "split", authorId: ids.carer }),
    );
    await until(
      () => suggestionsInState(Y.encodeStateAsUpdate(editor.doc)).some((s) => s.kind === "split"),
      "the editor to see it",
    );
    expect(renderYDoc(editor.doc).text).not.toContain("\n");
    carer.destroy();
    editor.destroy();
  });
});

describe("an editor's connection", { timeout: 30_000 }, () => {
  it("refuses a suggestion written in someone else's name", async () => {
    const editor = open("editor");
    await editor.ready;
    const before = (await served()).suggestions.length;
    const forged = suggester("carer");
    send(editor, suggestedInsertionUpdate(Y.encodeStateAsUpdate(editor.doc), forged, 0, "Forged "));
    expect(await editor.closed).toMatch(/only be made in your own name/);
    await sleep(200);
    const now = await served();
    expect(now.suggestions).toHaveLength(before);
    expect(now.text).not.toContain("Forged");
    editor.destroy();
  });

  it("still accepts someone else's suggested paragraph break", async () => {
    const editor = open("editor");
    await editor.ready;
    const split = (await served()).suggestions.find((s) => s.kind === "split")!;
    const blocks = await servedBlocks();
    send(
      editor,
      suggestionDecisionUpdate(Y.encodeStateAsUpdate(editor.doc), [split.suggestionId], true),
    );
    await until(() => editor.provider.unsyncedChanges === 0, "the decision to be saved");
    expect(await servedBlocks()).toEqual(blocks);
    expect((await served()).suggestions.map((s) => s.kind)).not.toContain("split");
    expect(renderYDoc(editor.doc).text).toContain("\n\n");
    editor.destroy();
  });
});
