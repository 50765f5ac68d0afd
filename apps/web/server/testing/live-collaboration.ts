// One fixture for the websocket tests: a migrated SQLite database in a temporary folder, the
// app's own collaboration wiring (collab.server.ts) on a free loopback port, the rows a live
// document needs (a programme, people with a session cookie, a toolkit section) and a raw
// Hocuspocus client that connects with a cookie as a browser would.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import type { Role, SectionStatus } from "@coproduce/shared/vocabulary";
import { mountCollaboration, type LiveDocumentDoor } from "../collab.server.js";

/** Sessions and guest passes are stored as the SHA-256 of the cookie's token. */
const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const anHourFromNow = () => new Date(Date.now() + 3600_000);

export interface SignedIn {
  id: string;
  /** The `Cookie` header a browser signed in as them would send. */
  cookie: string;
}

export interface LiveClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when synced; rejects with the server's reason when refused. */
  ready: Promise<void>;
  /** Resolves with the reason when the server first closes the connection. */
  closed: Promise<string>;
  /** Why the server first closed the connection, if it has. */
  closedWith(): string | null;
  destroy(): void;
}

export interface OpenOptions {
  /** The upgrade path: `/collab` for members, `/join/<code>/collab` for guests. */
  pathname?: string;
  /** The `Origin` header; none, as a client that is not a browser. */
  origin?: string;
}

export interface LiveCollaboration {
  db: Db;
  collaboration: LiveDocumentDoor;
  port: number;
  /** The one programme (slug `p`) the rows belong to. */
  programmeId: string;
  /** Someone signed in, with `role` in the programme, or outside it when `role` is null. */
  personWithSession(role: Role | null, name?: string): Promise<SignedIn>;
  /** A Change Academy guest of `sessionId` whose pass lasts until `expiresAt`. */
  guestWithSession(sessionId: string, name: string, expiresAt: Date): Promise<SignedIn>;
  /** A section of the programme's toolkit (one toolbox and one document, made on first use). */
  toolkitSection(section?: {
    title?: string;
    plainText?: string;
    status?: SectionStatus;
    agreedHtml?: string | null;
  }): Promise<string>;
  /** Connects to the live document called `name`, sending `cookie` when there is one. */
  openLiveDocument(name: string, cookie: string | undefined, options?: OpenOptions): LiveClient;
  close(): Promise<void>;
}

export async function startLiveCollaboration(label: string): Promise<LiveCollaboration> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coproduce-${label}-`));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(url);
  const db = await createDb(url);
  const programme = await db.programme.create({
    data: { slug: "p", name: "P", description: "", population: 1 },
  });

  const server = http.createServer((_request, response) => response.end());
  // The durable log on a connection of its own, as in the app (server/index.ts).
  const logDb = await createDb(url);
  const collaboration = mountCollaboration(server, db, logDb);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  let toolkitDocumentId: string | undefined;
  async function toolkitDocument() {
    if (toolkitDocumentId) return toolkitDocumentId;
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
    return (toolkitDocumentId = document.id);
  }

  return {
    db,
    collaboration,
    port,
    programmeId: programme.id,

    async personWithSession(role, name = role ?? "outsider") {
      const user = await db.user.create({
        data: { email: `${name}@example.test`, name, passwordHash: "-" },
      });
      if (role)
        await db.membership.create({ data: { userId: user.id, programmeId: programme.id, role } });
      const token = randomBytes(24).toString("base64url");
      await db.session.create({
        data: { userId: user.id, tokenHash: hash(token), expiresAt: anHourFromNow() },
      });
      return { id: user.id, cookie: `coproduce_session=${token}` };
    },

    async guestWithSession(sessionId, name, expiresAt) {
      const token = randomBytes(24).toString("base64url");
      const guest = await db.academyGuest.create({
        data: {
          sessionId,
          tokenHash: hash(token),
          displayName: name,
          consentText: "Yes",
          expiresAt,
        },
      });
      await db.academyAttendance.create({ data: { sessionId, guestId: guest.id, name } });
      return { id: guest.id, cookie: `coproduce_guest=${token}` };
    },

    async toolkitSection({ title = "Aims", plainText = "Our aims.", ...rest } = {}) {
      const section = await db.section.create({
        data: { documentId: await toolkitDocument(), title, sortOrder: 0, plainText, ...rest },
      });
      return section.id;
    },

    openLiveDocument(name, cookie, { pathname = "/collab", origin } = {}) {
      class CookieWebSocket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, {
            ...(cookie ? { headers: { cookie } } : {}),
            ...(origin ? { origin } : {}),
          });
        }
      }
      const websocketProvider = new HocuspocusProviderWebsocket({
        url: `ws://127.0.0.1:${port}${pathname}`,
        WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
        maxAttempts: 1,
      });
      const doc = new Y.Doc();
      let settle!: { resolve: () => void; reject: (error: Error) => void };
      const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
      // A refusal is often the expected outcome; a test that awaits `ready` still sees it.
      ready.catch(() => {});
      let closedWith: string | null = null;
      let onClose!: (reason: string) => void;
      const closed = new Promise<string>((resolve) => (onClose = resolve));
      const provider = new HocuspocusProvider({
        websocketProvider,
        name,
        document: doc,
        token: "cookie",
        onSynced: () => settle.resolve(),
        onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
        onClose: ({ event }) => {
          closedWith ??= event.reason;
          onClose(event.reason);
        },
      });
      provider.attach();
      return {
        doc,
        provider,
        ready,
        closed,
        closedWith: () => closedWith,
        destroy() {
          provider.destroy();
          websocketProvider.destroy();
        },
      };
    },

    async close() {
      await collaboration.close();
      await new Promise((resolve) => server.close(resolve));
      await logDb.$disconnect();
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, failing with `what` after `within` milliseconds. */
export async function until(check: () => boolean | Promise<boolean>, what: string, within = 5000) {
  const deadline = Date.now() + within;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The first paragraph of a section's document, as Lexical's binding stores it. */
export function firstParagraph(doc: Y.Doc): Y.XmlText {
  const root = doc.get("root", Y.XmlText);
  return (root.toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .find((insert): insert is Y.XmlText => insert instanceof Y.XmlText)!;
}
