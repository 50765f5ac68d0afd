// Suggesting over the real websocket, as a raw Hocuspocus client signed in as a contributor (a
// carer) sees it: the connection is writable, but the server takes only the contributor's own
// suggestions. Plain text and changes to someone else's suggestion are refused before they are
// logged or applied. Runs the app's own collaboration wiring on a migrated SQLite database.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
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
import { mountCollaboration, type LiveDocumentDoor } from "./collab.server.js";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

let db: Db;
let server: http.Server;
let collaboration: LiveDocumentDoor;
let port: number;
let sectionId: string;
const cookies: Record<"carer" | "editor", string> = { carer: "", editor: "" };
const ids: Record<"carer" | "editor", string> = { carer: "", editor: "" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-suggest-ws-"));

beforeAll(async () => {
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(url);
  db = await createDb(url);
  const programme = await db.programme.create({
    data: { slug: "p", name: "P", description: "", population: 1 },
  });
  const toolbox = await db.toolbox.create({ data: { programmeId: programme.id, title: "T" } });
  const document = await db.document.create({
    data: {
      toolboxId: toolbox.id,
      kind: "toolkit",
      slug: "t",
      title: "T",
      summary: "",
      sortOrder: 0,
    },
  });
  const section = await db.section.create({
    data: {
      documentId: document.id,
      title: "Aims",
      sortOrder: 0,
      plainText: "Care close to home.",
    },
  });
  sectionId = section.id;
  for (const [who, role] of [
    ["carer", "contributor"],
    ["editor", "editor"],
  ] as const) {
    const user = await db.user.create({
      data: { email: `${who}@example.test`, name: who, passwordHash: "-" },
    });
    ids[who] = user.id;
    await db.membership.create({ data: { userId: user.id, programmeId: programme.id, role } });
    const token = randomBytes(24).toString("base64url");
    await db.session.create({
      data: { userId: user.id, tokenHash: hash(token), expiresAt: new Date(Date.now() + 3600_000) },
    });
    cookies[who] = `coproduce_session=${token}`;
  }
  server = http.createServer((_request, response) => response.end());
  collaboration = mountCollaboration(server, db);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  await collaboration?.close();
  await new Promise((resolve) => server?.close(resolve));
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  ready: Promise<void>;
  closed: Promise<string>;
  destroy(): void;
}

function open(who: "carer" | "editor"): Client {
  const cookie = cookies[who];
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/collab`,
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    maxAttempts: 1,
  });
  const doc = new Y.Doc();
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => {});
  let onClose!: (reason: string) => void;
  const closed = new Promise<string>((resolve) => (onClose = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: `section:${sectionId}`,
    document: doc,
    token: "cookie",
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
    onClose: ({ event }) => onClose(event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    ready,
    closed,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Changes logged from the carer's connections. */
const logged = () =>
  db.collabUpdate.count({ where: { documentName: `section:${sectionId}`, userId: ids.carer } });

/** What the server holds now: its text (suggestions included) and its suggestions. */
async function served() {
  const state = await collaboration.documents.read(`section:${sectionId}`);
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
const suggester = (who: "carer" | "editor") => ({
  authorId: ids[who],
  newId: () => `ws-test-${++made}`,
  now: () => new Date().toISOString(),
});

/** Applies `update` to a client's document, so its provider sends it as the browser would. */
function send(client: Client, update: Uint8Array | null) {
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
  const state = await collaboration.documents.read(`section:${sectionId}`);
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
