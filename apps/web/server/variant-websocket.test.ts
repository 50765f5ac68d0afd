// A partnership's local version of a section over the real websocket: someone who is neither a
// member of the partnership nor one of the programme's editors cannot open the draft at all,
// and once it is published they read it but nothing they send is stored or reaches anyone.
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
let variantId: string;
let variantSectionId: string;
const cookies: Record<"member" | "outsider", string> = { member: "", outsider: "" };
const ids: Record<"member" | "outsider", string> = { member: "", outsider: "" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-variant-ws-"));

async function person(programmeId: string, who: "member" | "outsider") {
  const user = await db.user.create({
    data: { email: `${who}@example.test`, name: who, passwordHash: "-" },
  });
  // Both have a role that may edit a partnership they belong to; only one belongs to it.
  await db.membership.create({ data: { userId: user.id, programmeId, role: "contributor" } });
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { userId: user.id, tokenHash: hash(token), expiresAt: new Date(Date.now() + 3600_000) },
  });
  cookies[who] = `coproduce_session=${token}`;
  ids[who] = user.id;
}

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
  const core = await db.section.create({
    data: { documentId: document.id, title: "Aims", sortOrder: 0, plainText: "Our aims." },
  });
  const local = await db.section.create({
    data: { documentId: document.id, title: "Aims (North)", sortOrder: 0, plainText: "Our aims." },
  });
  variantSectionId = local.id;
  const place = await db.place.create({
    data: { programmeId: programme.id, name: "North", level: "place", population: 1 },
  });
  await person(programme.id, "member");
  await person(programme.id, "outsider");
  const partnership = await db.partnership.create({
    data: {
      programmeId: programme.id,
      slug: "north",
      name: "North",
      placeId: place.id,
      cohort: "",
      careModelType: "mcp",
      status: "designing",
      description: "",
      members: { create: [{ userId: ids.member }] },
    },
  });
  const variant = await db.sectionVariant.create({
    data: {
      programmeId: programme.id,
      partnershipId: partnership.id,
      coreSectionId: core.id,
      variantSectionId: local.id,
      baseText: "Our aims.",
    },
  });
  variantId = variant.id;

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

function open(who: "member" | "outsider") {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie: cookies[who] } });
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
  let closedWith: string | null = null;
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: `section:${variantSectionId}`,
    document: doc,
    token: "cookie",
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
    onClose: ({ event }) => (closedWith ??= event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    ready,
    /** Why the server closed the connection, if it did. */
    closedWith: () => closedWith,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const loggedBy = (who: "member" | "outsider") =>
  db.collabUpdate.count({
    where: { documentName: `section:${variantSectionId}`, userId: ids[who] },
  });

describe("a local version's live document", { timeout: 30_000 }, () => {
  it("is refused to a non-member while it is a draft", async () => {
    const client = open("outsider");
    try {
      await expect(client.ready).rejects.toThrow(/No access/);
    } finally {
      client.destroy();
    }
  });

  it("opens writable for a member of the partnership", async () => {
    const client = open("member");
    try {
      await expect(client.ready).resolves.toBeUndefined();
    } finally {
      client.destroy();
    }
  });

  it("once published, a non-member reads it, and nothing they write is stored", async () => {
    await db.sectionVariant.update({
      where: { id: variantId },
      data: { status: "published", publishedAt: new Date() },
    });
    const client = open("outsider");
    try {
      await client.ready;
      expect(client.doc.get("root", Y.XmlText).length).toBeGreaterThan(0);
      // Typing at the end of the first paragraph, as the editor would.
      const paragraph = (client.doc.get("root", Y.XmlText).toDelta() as { insert: unknown }[])
        .map((op) => op.insert)
        .find((insert): insert is Y.XmlText => insert instanceof Y.XmlText)!;
      paragraph.insert(paragraph.length, " Not ours.");
      await sleep(500);
      // A read-only connection: the server drops the change without a refusal (a writable
      // one would be closed, since this role may only suggest), and stores nothing.
      expect(client.closedWith()).toBeNull();
      expect(await loggedBy("outsider")).toBe(0);
      const served = await collaboration.documents.read(`section:${variantSectionId}`);
      const check = new Y.Doc();
      Y.applyUpdate(check, served!);
      expect(check.get("root", Y.XmlText).toString()).not.toContain("Not ours.");
    } finally {
      client.destroy();
    }
  });
});
