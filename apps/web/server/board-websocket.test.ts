// The Change Academy board over the real websocket: who may open `session:<id>`, and which of
// their changes the server accepts, as a matrix of people × messages. Runs the app's own
// collaboration wiring (collab.server.ts) on a migrated SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { authorTagFor, boardFromState } from "@coproduce/api/testing/board";
import {
  boardClusters,
  boardDocumentName,
  boardNotes,
  LIVE_SIGNAL,
  readBoard,
  type BoardNote,
} from "@coproduce/shared/board";
import {
  sleep,
  startLiveCollaboration,
  until,
  type LiveClient,
  type LiveCollaboration,
} from "./testing/live-collaboration.js";

let live: LiveCollaboration;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

async function signIn(name: string, role: "facilitator" | "viewer" | null) {
  ({ id: ids[name], cookie: cookies[name] } = await live.personWithSession(role, name));
}

async function guestOf(name: string, sessionId: string, expiresAt: Date) {
  ({ id: ids[name], cookie: cookies[name] } = await live.guestWithSession(
    sessionId,
    name,
    expiresAt,
  ));
}

async function academySession(code: string, ended = false) {
  const session = await live.db.academySession.create({
    data: {
      programmeId: live.programmeId,
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
  live = await startLiveCollaboration("board-ws");
  ids.A = await academySession("AAAAAA");
  ids.B = await academySession("BBBBBB");
  ids.ended = await academySession("EEEEEE", true);
  await signIn("Fran", "facilitator");
  await signIn("Vic", "viewer");
  await signIn("Olly", null);
  await guestOf("Gita", ids.A, new Date(Date.now() + 3600_000));
  await guestOf("Gus", ids.B, new Date(Date.now() + 3600_000));
  await guestOf("Gone", ids.A, new Date(Date.now() - 1000));
}, 60_000);

afterAll(() => live?.close());

/** Connects as `person` to the board of `session`; guests go through their join path. */
function open(
  person: string | null,
  session: string,
  joinCode?: string,
  origin?: string,
): LiveClient {
  return live.openLiveDocument(boardDocumentName(session), person ? cookies[person] : undefined, {
    pathname: joinCode ? `/join/${joinCode}/collab` : "/collab",
    origin,
  });
}

async function tagOf(person: string, sessionId: string) {
  const session = await live.db.academySession.findUniqueOrThrow({ where: { id: sessionId } });
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
  const state = await live.collaboration.documents.read(boardDocumentName(sessionId));
  return boardFromState(state ?? new Uint8Array([0, 0]));
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
    live.collaboration.documents.signal(boardDocumentName(ids.A!), LIVE_SIGNAL);
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
    const ws = new WebSocket(`ws://127.0.0.1:${live.port}${pathname}`, {
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
  const here = () => `http://127.0.0.1:${live.port}`;
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

    const refusals: [string, LiveClient, (doc: Y.Doc) => Promise<void> | void][] = [
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
    await live.db.academySession.update({ where: { id: ids.B! }, data: { boardLocked: true } });
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
      async () => (await live.db.academyNote.count({ where: { sessionId: ids.B! } })) === 1,
      "the rows",
    );
    const row = await live.db.academyNote.findFirstOrThrow({ where: { sessionId: ids.B! } });
    expect(row).toMatchObject({ id: "fran-b1", text: "From Fran", authorName: "Fran" });
  });
});
