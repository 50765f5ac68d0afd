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
import { mountCollaboration, type Collaboration } from "./collab.server.js";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

let db: Db;
let server: http.Server;
let collaboration: Collaboration;
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
  await collaboration?.collab.destroy();
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
