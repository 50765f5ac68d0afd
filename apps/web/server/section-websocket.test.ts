// A toolkit section over the real websocket, as a raw Yjs client sees it: only the exact name
// `section:<id>` is that section's document, and an editor cannot write, through the document,
// anything the editor's toolbar cannot (inline styles, link targets, unsafe link addresses).
// Runs the app's own collaboration wiring (collab.server.ts) on a migrated SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  firstParagraph,
  sleep,
  startLiveCollaboration,
  until,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

let live: LiveCollaboration;
let sectionId: string;
let cookie: string;

beforeAll(async () => {
  live = await startLiveCollaboration("section-ws");
  sectionId = await live.toolkitSection({ title: "Aims", plainText: "Our aims." });
  ({ cookie } = await live.personWithSession("editor", "Eve"));
}, 60_000);

afterAll(() => live?.close());

/** Connects as the editor to the document called `name`. */
const open = (name: string) => live.openLiveDocument(name, cookie);

describe("which names open a section's document", { timeout: 30_000 }, () => {
  it("the section's own name opens it", async () => {
    const client = open(sectionDocumentName(sectionId));
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
      expect(await live.db.collabUpdate.count({ where: { documentName: name() } })).toBe(0);
    });
  }
});

/** The first paragraph (an XmlText) and its first text node's properties (a Y.Map). */
function paragraphAndTextNode(doc: Y.Doc) {
  const paragraph = firstParagraph(doc);
  const textNode = (paragraph.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .find((insert): insert is Y.Map<unknown> => insert instanceof Y.Map)!;
  return { paragraph, textNode };
}

/** Inserts a link element (as Lexical's binding writes one) at the start of the paragraph. */
function insertLink(doc: Y.Doc, attributes: Record<string, unknown>) {
  const { paragraph } = paragraphAndTextNode(doc);
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

const logged = () =>
  live.db.collabUpdate.count({ where: { documentName: sectionDocumentName(sectionId) } });

describe("which changes to a section the server accepts", { timeout: 30_000 }, () => {
  it("accepts what the editor writes: typing, bold, a web link with our rel", async () => {
    const client = open(sectionDocumentName(sectionId));
    await client.ready;
    const before = await logged();
    const { paragraph, textNode } = paragraphAndTextNode(client.doc);
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
        paragraphAndTextNode(doc).textNode.set(
          "__style",
          "position:fixed;inset:0;z-index:9999;background:white",
        ),
      /cannot have its own style/,
    ],
    [
      "a text style on a paragraph",
      (doc) => paragraphAndTextNode(doc).paragraph.setAttribute("__textStyle", "color:red"),
      /cannot have its own style/,
    ],
    [
      "a style set twice in one change on a new text node",
      (doc) =>
        doc.transact(() => {
          const { paragraph } = paragraphAndTextNode(doc);
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
      (doc) => paragraphAndTextNode(doc).textNode.set("__proto__", { polluted: true }),
      /cannot hold the property/,
    ],
  ];
  for (const [what, change, reason] of refusals) {
    it(`refuses ${what}: the connection closes and nothing is logged or applied`, async () => {
      const attacker = open(sectionDocumentName(sectionId));
      const reader = open(sectionDocumentName(sectionId));
      await Promise.all([attacker.ready, reader.ready]);
      const before = await logged();
      change(attacker.doc);
      expect(await attacker.closed).toMatch(reason);
      await sleep(200);
      expect(await logged()).toBe(before);
      // What the server holds: the live document if it is still open, else the stored one.
      const servedState = await live.collaboration.documents.read(sectionDocumentName(sectionId));
      const served = servedState ? new Y.Doc() : null;
      if (served && servedState) Y.applyUpdate(served, servedState);
      for (const doc of [reader.doc, ...(served ? [served] : [])]) {
        // Every string in the document is in its encoded state as UTF-8.
        const everything = Buffer.from(Y.encodeStateAsUpdate(doc)).toString("utf8");
        expect(everything).not.toMatch(
          /position:fixed|color:red|javascript:|data:text|_top|me external|polluted/,
        );
        expect(paragraphAndTextNode(doc).textNode.get("__style") ?? "").toBe("");
      }
      attacker.destroy();
      reader.destroy();
    });
  }
});
