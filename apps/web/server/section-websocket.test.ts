// A toolkit section over the real websocket, as a raw Yjs client sees it: only the exact name
// `section:<id>` is that section's document, and an editor cannot write, through the document,
// anything the editor's toolbar cannot (inline styles, link targets, unsafe link addresses).
// Runs the app's own collaboration wiring (collab.server.ts) on a migrated SQLite database.
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
import { mountCollaboration, type LiveDocumentDoor } from "./collab.server.js";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

let db: Db;
let server: http.Server;
let collaboration: LiveDocumentDoor;
let port: number;
let sectionId: string;
let cookie: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-section-ws-"));

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
    data: { documentId: document.id, title: "Aims", sortOrder: 0, plainText: "Our aims." },
  });
  sectionId = section.id;
  const user = await db.user.create({
    data: { email: "eve@example.test", name: "Eve", passwordHash: "-" },
  });
  await db.membership.create({
    data: { userId: user.id, programmeId: programme.id, role: "editor" },
  });
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { userId: user.id, tokenHash: hash(token), expiresAt: new Date(Date.now() + 3600_000) },
  });
  cookie = `coproduce_session=${token}`;

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
  /** Resolves when synced; rejects with the server's reason when refused. */
  ready: Promise<void>;
  /** Resolves with the reason when the server closes the connection. */
  closed: Promise<string>;
  destroy(): void;
}

/** Connects as the editor to the document called `name`. */
function open(name: string): Client {
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
    name,
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

describe("which names open a section's document", { timeout: 30_000 }, () => {
  it("the section's own name opens it", async () => {
    const client = open(`section:${sectionId}`);
    try {
      await expect(client.ready).resolves.toBeUndefined();
    } finally {
      client.destroy();
    }
  });

  for (const [what, name] of [
    ["a suffix after the id", () => `section:${sectionId}:copy`],
    ["a second colon and nothing", () => `section:${sectionId}:`],
    ["a trailing space", () => `section:${sectionId} `],
    ["upper case", () => `SECTION:${sectionId}`],
    ["an unknown kind", () => `notes:${sectionId}`],
    ["an id in another form", () => `section:../${sectionId}`],
  ] as const) {
    it(`${what} is refused, and nothing is stored under it`, async () => {
      const client = open(name());
      try {
        await expect(client.ready).rejects.toThrow(/No access/);
      } finally {
        client.destroy();
      }
      expect(await db.collabUpdate.count({ where: { documentName: name() } })).toBe(0);
    });
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The first paragraph (an XmlText) and its first text node's properties (a Y.Map). */
function firstParagraph(doc: Y.Doc) {
  const root = doc.get("root", Y.XmlText);
  const paragraph = (root.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .find((insert): insert is Y.XmlText => insert instanceof Y.XmlText)!;
  const textNode = (paragraph.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .find((insert): insert is Y.Map<unknown> => insert instanceof Y.Map)!;
  return { paragraph, textNode };
}

/** Inserts a link element (as Lexical's binding writes one) at the start of the paragraph. */
function insertLink(doc: Y.Doc, attributes: Record<string, unknown>) {
  const { paragraph } = firstParagraph(doc);
  const link = new Y.XmlText();
  doc.transact(() => {
    paragraph.insertEmbed(0, link);
    for (const [key, value] of Object.entries({
      __type: "link",
      __format: 0,
      __indent: 0,
      __dir: null,
      __rel: "noopener noreferrer",
      __target: null,
      __title: null,
      __url: "https://example.org/",
      ...attributes,
    })) {
      link.setAttribute(key, value as string);
    }
    const text = new Y.Map<unknown>();
    link.insertEmbed(0, text);
    for (const [key, value] of Object.entries({
      __type: "text",
      __format: 0,
      __style: "",
      __mode: 0,
      __detail: 0,
    })) {
      text.set(key, value);
    }
    link.insert(1, "Guide");
  });
}

const logged = () => db.collabUpdate.count({ where: { documentName: `section:${sectionId}` } });

describe("which changes to a section the server accepts", { timeout: 30_000 }, () => {
  it("accepts what the editor writes: typing, bold, a web link with our rel", async () => {
    const client = open(`section:${sectionId}`);
    await client.ready;
    const before = await logged();
    const { paragraph, textNode } = firstParagraph(client.doc);
    paragraph.insert(paragraph.length, " More.");
    textNode.set("__format", 1);
    insertLink(client.doc, {});
    insertLink(client.doc, { __target: "_blank", __rel: null, __url: "mailto:a@example.org" });
    await until(() => client.provider.unsyncedChanges === 0, "the changes to be saved");
    expect(await logged()).toBeGreaterThanOrEqual(before + 4);
    client.destroy();
  });

  const refusals: [string, (doc: Y.Doc) => void, RegExp][] = [
    [
      "an inline style on text (a full-screen overlay)",
      (doc) =>
        firstParagraph(doc).textNode.set(
          "__style",
          "position:fixed;inset:0;z-index:9999;background:white",
        ),
      /cannot have its own style/,
    ],
    [
      "a text style on a paragraph",
      (doc) => firstParagraph(doc).paragraph.setAttribute("__textStyle", "color:red"),
      /cannot have its own style/,
    ],
    [
      "a style set twice in one change on a new text node",
      (doc) =>
        doc.transact(() => {
          const { paragraph } = firstParagraph(doc);
          const text = new Y.Map<unknown>();
          paragraph.insertEmbed(0, text);
          text.set("__type", "text");
          text.set("__style", "");
          text.set("__style", "position:fixed");
          paragraph.insert(1, "x");
        }),
      /cannot have its own style/,
    ],
    [
      "a javascript: link",
      (doc) => insertLink(doc, { __url: "javascript:alert(document.cookie)" }),
      /Links can only go to web pages/,
    ],
    [
      "a data: link",
      (doc) => insertLink(doc, { __url: "data:text/html,<script>alert(1)</script>" }),
      /Links can only go to web pages/,
    ],
    [
      "a link target other than a new tab",
      (doc) => insertLink(doc, { __target: "_top" }),
      /new tab/,
    ],
    [
      "a link rel of its own",
      (doc) => insertLink(doc, { __rel: "me external" }),
      /noopener noreferrer/,
    ],
    [
      "a prototype key on a node",
      (doc) => firstParagraph(doc).textNode.set("__proto__", { polluted: true }),
      /cannot hold the property/,
    ],
  ];
  for (const [what, change, reason] of refusals) {
    it(`refuses ${what}: the connection closes and nothing is logged or applied`, async () => {
      const attacker = open(`section:${sectionId}`);
      const reader = open(`section:${sectionId}`);
      await Promise.all([attacker.ready, reader.ready]);
      const before = await logged();
      change(attacker.doc);
      expect(await attacker.closed).toMatch(reason);
      await sleep(200);
      expect(await logged()).toBe(before);
      // What the server holds: the live document if it is still open, else the stored one.
      const servedState = await collaboration.documents.read(`section:${sectionId}`);
      const served = servedState ? new Y.Doc() : null;
      if (served && servedState) Y.applyUpdate(served, servedState);
      for (const doc of [reader.doc, ...(served ? [served] : [])]) {
        // Every string in the document is in its encoded state as UTF-8.
        const everything = Buffer.from(Y.encodeStateAsUpdate(doc)).toString("utf8");
        expect(everything).not.toMatch(
          /position:fixed|color:red|javascript:|data:text|_top|me external|polluted/,
        );
        expect(firstParagraph(doc).textNode.get("__style") ?? "").toBe("");
      }
      attacker.destroy();
      reader.destroy();
    });
  }
});
