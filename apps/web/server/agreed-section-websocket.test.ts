// Change control over the real websocket: an editor's raw Yjs client changes the text of an
// agreed section; once the change settles, the section is In review and the decision log says
// who changed it. Runs the app's own collaboration wiring on a migrated SQLite database.
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
let editorId: string;
let cookie: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-agreed-ws-"));

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
  const editor = await db.user.create({
    data: { email: "eve@example.test", name: "Eve", passwordHash: "-" },
  });
  editorId = editor.id;
  await db.membership.create({
    data: { userId: editor.id, programmeId: programme.id, role: "editor" },
  });
  // Agreed, with its agreed text as the server renders the stored text.
  const section = await db.section.create({
    data: {
      documentId: document.id,
      title: "Aims",
      sortOrder: 0,
      plainText: "Our aims.",
      status: "agreed",
      agreedHtml: null,
    },
  });
  sectionId = section.id;
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { userId: editor.id, tokenHash: hash(token), expiresAt: new Date(Date.now() + 3600_000) },
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

function open(name: string) {
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
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    document: doc,
    token: "cookie",
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
  });
  provider.attach();
  return {
    doc,
    ready,
    provider,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

function firstParagraph(doc: Y.Doc) {
  const root = doc.get("root", Y.XmlText);
  return (root.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .find((insert): insert is Y.XmlText => insert instanceof Y.XmlText)!;
}

const statusOf = async () =>
  (await db.section.findUniqueOrThrow({ where: { id: sectionId } })).status;

describe("an edit to an agreed section over the websocket", { timeout: 60_000 }, () => {
  it("moves the section to In review once it settles, and logs who changed it", async () => {
    const client = open(`section:${sectionId}`);
    await client.ready;
    const paragraph = firstParagraph(client.doc);
    paragraph.insert(paragraph.length, " And more.");
    await until(async () => client.provider.unsyncedChanges === 0, "the change to be saved");
    client.destroy();

    await until(async () => (await statusOf()) === "in_review", "the section to be in review");
    const entries = await db.decisionEntry.findMany({ where: { sectionId } });
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
