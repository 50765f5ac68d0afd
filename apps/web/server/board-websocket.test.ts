// The Change Academy board over the real websocket: who may open `session:<id>`, and which of
// their changes the server accepts, as a matrix of people × messages. Runs the app's own
// collaboration wiring (collab.server.ts) on a migrated SQLite database.
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
import { authorTagFor, boardFromState } from "@coproduce/api/testing/board";
import {
  boardClusters,
  boardDocumentName,
  boardNotes,
  LIVE_SIGNAL,
  readBoard,
  type BoardNote,
} from "@coproduce/api/board";
import { mountCollaboration, type LiveDocumentDoor } from "./collab.server.js";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: Db;
let server: http.Server;
let collaboration: LiveDocumentDoor;
let port: number;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-board-ws-"));

async function signIn(name: string, role: string | null, programmeId: string) {
  const user = await db.user.create({
    data: { email: `${name}@example.test`, name, passwordHash: "-" },
  });
  if (role) await db.membership.create({ data: { userId: user.id, programmeId, role } });
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { userId: user.id, tokenHash: hash(token), expiresAt: new Date(Date.now() + 3600_000) },
  });
  cookies[name] = `coproduce_session=${token}`;
  ids[name] = user.id;
}

async function guestOf(name: string, sessionId: string, expiresAt: Date) {
  const token = randomBytes(24).toString("base64url");
  const guest = await db.academyGuest.create({
    data: { sessionId, tokenHash: hash(token), displayName: name, consentText: "Yes", expiresAt },
  });
  await db.academyAttendance.create({ data: { sessionId, guestId: guest.id, name } });
  cookies[name] = `coproduce_guest=${token}`;
  ids[name] = guest.id;
}

async function academySession(code: string, ended = false) {
  const session = await db.academySession.create({
    data: {
      programmeId: ids.programme!,
      title: `Session ${code}`,
      purpose: "",
      startsAt: new Date(Date.now() - 3600_000),
      endsAt: new Date(Date.now() + 3600_000),
      endedAt: ended ? new Date() : null,
      place: "Hall",
      facilitators: "",
      invited: "",
      joinCode: code,
    },
  });
  return session.id;
}

beforeAll(async () => {
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(url);
  db = await createDb(url);
  const programme = await db.programme.create({
    data: { slug: "p", name: "P", description: "", population: 1 },
  });
  ids.programme = programme.id;
  ids.A = await academySession("AAAAAA");
  ids.B = await academySession("BBBBBB");
  ids.ended = await academySession("EEEEEE", true);
  await signIn("Fran", "facilitator", programme.id);
  await signIn("Vic", "viewer", programme.id);
  await signIn("Olly", null, programme.id);
  await guestOf("Gita", ids.A, new Date(Date.now() + 3600_000));
  await guestOf("Gus", ids.B, new Date(Date.now() + 3600_000));
  await guestOf("Gone", ids.A, new Date(Date.now() - 1000));

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
  destroy(): void;
}

/** Connects as `person` to the board of `session`; guests go through their join path. */
function open(person: string | null, session: string, joinCode?: string, origin?: string): Client {
  const cookie = person ? cookies[person] : undefined;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { ...(cookie ? { headers: { cookie } } : {}), origin });
    }
  }
  const pathname = joinCode ? `/join/${joinCode}/collab` : "/collab";
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}${pathname}`,
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    maxAttempts: 1,
  });
  const doc = new Y.Doc();
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => {});
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: `session:${session}`,
    document: doc,
    token: "cookie",
    onSynced: () => settle.resolve(),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
  });
  provider.attach();
  return {
    doc,
    provider,
    ready,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

async function tagOf(person: string, sessionId: string) {
  const session = await db.academySession.findUniqueOrThrow({ where: { id: sessionId } });
  const key = person.startsWith("G") ? `guest:${ids[person]}` : `user:${ids[person]}`;
  return authorTagFor(session.boardSecret ?? "", key);
}

async function noteBy(person: string, name: string, sessionId: string): Promise<BoardNote> {
  return {
    text: `From ${person}`,
    colour: "yellow",
    authorTag: await tagOf(person, sessionId),
    authorName: name,
    clusterId: null,
    createdAt: Date.now(),
  };
}

/** The board as stored (the durable log), which only accepted changes reach. */
async function storedBoard(sessionId: string) {
  const state = await collaboration.documents.read(`session:${sessionId}`);
  return boardFromState(state ?? new Uint8Array([0, 0]));
}

async function until(check: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe("signals on a session's board", { timeout: 30_000 }, () => {
  it("reach members and guests from the server, and no browser may send one", async () => {
    const fran = open("Fran", ids.A!);
    const gita = open("Gita", ids.A!, "AAAAAA");
    await Promise.all([fran.ready, gita.ready]);
    const heard = { fran: [] as string[], gita: [] as string[] };
    const closed: string[] = [];
    fran.provider.on("stateless", ({ payload }: { payload: string }) => heard.fran.push(payload));
    gita.provider.on("stateless", ({ payload }: { payload: string }) => heard.gita.push(payload));
    gita.provider.on("close", ({ event }: { event: { reason: string } }) =>
      closed.push(event.reason),
    );
    collaboration.documents.signal(boardDocumentName(ids.A!), LIVE_SIGNAL);
    await until(() => heard.fran.length === 1 && heard.gita.length === 1, "the signal");
    expect(heard).toEqual({ fran: [LIVE_SIGNAL], gita: [LIVE_SIGNAL] });

    // A guest who tries to make every screen reload is refused; nobody hears it.
    gita.provider.sendStateless(LIVE_SIGNAL);
    await until(() => closed.length > 0, "the refusal");
    expect(closed).toEqual(["You may not send that signal"]);
    await sleep(200);
    expect(heard.fran).toEqual([LIVE_SIGNAL]);
    for (const client of [fran, gita]) client.destroy();
  });
});

describe("who may open a session's board", { timeout: 30_000 }, () => {
  const cases: [string, string | null, string, string | undefined, "open" | RegExp][] = [
    ["a facilitator", "Fran", "A", undefined, "open"],
    ["a member who may take part", "Vic", "A", undefined, "open"],
    ["someone outside the programme", "Olly", "A", undefined, /No access/],
    ["someone not signed in", null, "A", undefined, /Not signed in/],
    ["a guest, on their own session", "Gita", "A", "AAAAAA", "open"],
    ["a guest, on another session's board", "Gita", "B", "AAAAAA", /No access/],
    ["a guest, through another session's join path", "Gus", "A", "AAAAAA", /No access/],
    ["a guest whose access has expired", "Gone", "A", "AAAAAA", /Not signed in/],
    ["a guest's cookie on the members' path", "Gita", "A", undefined, /Not signed in/],
  ];
  for (const [who, person, session, joinCode, expected] of cases) {
    it(`${who}: ${expected === "open" ? "opens it" : "is refused"}`, async () => {
      const client = open(person, ids[session]!, joinCode);
      try {
        if (expected === "open") await expect(client.ready).resolves.toBeUndefined();
        else await expect(client.ready).rejects.toThrow(expected);
      } finally {
        client.destroy();
      }
    });
  }

  it("an ended session's board opens read-only: changes are never applied", async () => {
    const client = open("Vic", ids.ended!);
    await client.ready;
    boardNotes(client.doc).set("late", await noteBy("Vic", "Vic", ids.ended!));
    await sleep(300);
    expect(client.provider.unsyncedChanges).toBeGreaterThan(0);
    expect((await storedBoard(ids.ended!)).notes).toHaveLength(0);
    client.destroy();
  });
});

/** The status of a websocket handshake: 101 when the socket opened, else the refusal's status. */
function handshake(pathname: string, person: string, origin?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${pathname}`, {
      headers: { cookie: cookies[person]! },
      origin,
    });
    ws.once("open", () => {
      ws.close();
      resolve({ status: 101, body: "" });
    });
    ws.once("unexpected-response", (request, response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    ws.once("error", reject);
  });
}

describe("where a connection comes from (cross-site websocket hijacking)", () => {
  const here = () => `http://127.0.0.1:${port}`;
  const cases: [string, string, string, string | undefined, number][] = [
    [
      "a page of another site, with a member's cookie",
      "/collab",
      "Fran",
      "https://evil.example",
      403,
    ],
    [
      "a page of another site, with a guest's cookie",
      "/join/AAAAAA/collab",
      "Gita",
      "https://evil.example",
      403,
    ],
    ["the same host on another port", "/collab", "Fran", "http://127.0.0.1:1", 403],
    ["an opaque origin (sandboxed frame)", "/collab", "Fran", "null", 403],
    ["this site", "/collab", "Fran", "here", 101],
    ["this site, as a guest", "/join/AAAAAA/collab", "Gita", "here", 101],
    ["a client that is not a browser (no Origin)", "/collab", "Fran", undefined, 101],
  ];
  for (const [who, pathname, person, origin, status] of cases) {
    it(`${who}: ${status === 101 ? "opens" : "is refused before the handshake"}`, async () => {
      const result = await handshake(pathname, person, origin === "here" ? here() : origin);
      expect(result.status).toBe(status);
      if (status === 403) expect(result.body).toMatch(/opened from another website/);
    });
  }

  it("a same-origin browser connection syncs the board", async () => {
    const client = open("Fran", ids.A!, undefined, here());
    try {
      await expect(client.ready).resolves.toBeUndefined();
    } finally {
      client.destroy();
    }
  });
});

describe("which board changes the server accepts", { timeout: 30_000 }, () => {
  it("applies allowed changes for everyone and refuses the rest, unlogged and unseen", async () => {
    const fran = open("Fran", ids.A!);
    const vic = open("Vic", ids.A!);
    const gita = open("Gita", ids.A!, "AAAAAA");
    await Promise.all([fran.ready, vic.ready, gita.ready]);

    // Allowed: each adds their own note; everyone sees all three.
    boardNotes(vic.doc).set("vic-1", await noteBy("Vic", "Vic", ids.A!));
    boardNotes(gita.doc).set("gita-1", await noteBy("Gita", "Gita", ids.A!));
    boardClusters(gita.doc).set("group-1", { title: "Visits", createdAt: Date.now() });
    boardNotes(fran.doc).set("fran-1", await noteBy("Fran", "Fran", ids.A!));
    for (const client of [fran, vic, gita]) {
      await until(() => readBoard(client.doc).notes.length === 3, "three notes");
    }
    await until(() => readBoard(gita.doc).clusters.length === 1, "the group");
    // Anyone may move anyone's note into a group.
    const vicNote = boardNotes(gita.doc).get("vic-1")!;
    boardNotes(gita.doc).set("vic-1", { ...vicNote, clusterId: "group-1" });
    await until(() => boardNotes(vic.doc).get("vic-1")?.clusterId === "group-1", "the move");

    const refusals: [string, Client, (doc: Y.Doc) => Promise<void> | void][] = [
      // A guest writes a note in someone else's name.
      [
        "forged author",
        gita,
        async (d) => boardNotes(d).set("x1", await noteBy("Vic", "Vic", ids.A!)),
      ],
      // A guest removes a member's note.
      ["removing another's note", gita, (d) => boardNotes(d).delete("fran-1")],
      // A member rewords a guest's note.
      [
        "rewording another's note",
        vic,
        (d) => {
          const note = boardNotes(d).get("gita-1")!;
          boardNotes(d).set("gita-1", { ...note, text: "Changed" });
        },
      ],
      // A member removes a group.
      ["removing a group", vic, (d) => boardClusters(d).delete("group-1")],
      // A member writes the map where signals used to be stored.
      ["the old signals map", vic, (d) => d.getMap("signals").set("live", 1000)],
    ];
    for (const [what, client, edit] of refusals) {
      await edit(client.doc);
      await sleep(400);
      const stored = await storedBoard(ids.A!);
      const fromFran = readBoard(fran.doc);
      expect(stored.notes.map((n) => n.id).sort(), what).toEqual(["fran-1", "gita-1", "vic-1"]);
      expect(stored.notes.find((n) => n.id === "gita-1")?.text, what).toBe("From Gita");
      expect(
        stored.clusters.map((c) => c.id),
        what,
      ).toEqual(["group-1"]);
      expect(fromFran.notes.map((n) => n.id).sort(), what).toEqual(["fran-1", "gita-1", "vic-1"]);
      expect(fran.doc.getMap("signals").get("live"), what).toBeUndefined();
    }
    for (const client of [vic, gita]) client.destroy();

    // The facilitator may remove anyone's note.
    boardNotes(fran.doc).delete("gita-1");
    await until(
      async () => (await storedBoard(ids.A!)).notes.every((n) => n.id !== "gita-1"),
      "the removal",
    );
    fran.destroy();
  });

  it("while locked, only facilitators change the board", async () => {
    await db.academySession.update({ where: { id: ids.B! }, data: { boardLocked: true } });
    const fran = open("Fran", ids.B!);
    const gus = open("Gus", ids.B!, "BBBBBB");
    await Promise.all([fran.ready, gus.ready]);
    boardNotes(gus.doc).set("gus-1", await noteBy("Gus", "Gus", ids.B!));
    boardNotes(fran.doc).set("fran-b1", await noteBy("Fran", "Fran", ids.B!));
    await until(async () => (await storedBoard(ids.B!)).notes.length === 1, "Fran's note");
    await sleep(300);
    expect((await storedBoard(ids.B!)).notes.map((n) => n.id)).toEqual(["fran-b1"]);
    gus.destroy();
    fran.destroy();
  });

  it("copies the board into the session's rows once changes settle", async () => {
    await until(
      async () => (await db.academyNote.count({ where: { sessionId: ids.B! } })) === 1,
      "the rows",
    );
    const row = await db.academyNote.findFirstOrThrow({ where: { sessionId: ids.B! } });
    expect(row).toMatchObject({ id: "fran-b1", text: "From Fran", authorName: "Fran" });
  });
});
