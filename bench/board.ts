// npm run bench:board — a Change Academy board under load: 30 people on the live board (real
// websockets on loopback, the app's own collaboration wiring and board rules, a migrated SQLite
// database) add 300 notes between them, then group them, then vote through the server.
// Measures how long each change takes to be acknowledged (checked, logged and applied by the
// server) and to be seen by everyone else, and what a screen's live-state read costs with the
// full board. Writes bench/results/board.json. Reports figures; it does not fail.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { createCaller, createContext, type Caller } from "@coproduce/api";
import { boardClusters, boardNotes, newBoardId, type BoardNote } from "@coproduce/shared/board";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { mountCollaboration, type LiveDocumentDoor } from "../apps/web/server/collab.server.js";
import { percentile } from "./lib/stats.js";
import { boardDocumentName } from "@coproduce/shared/document-names";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PEOPLE = 30;
const NOTES_EACH = 10;
const CLUSTERS = 10;
const VOTES_EACH = 3;
const slug = "bench-programme";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 100) / 100;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? NaN),
  };
}

interface Person {
  userId: string;
  name: string;
  cookie: string;
  caller: Caller;
}

interface BoardClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  destroy(): void;
}

async function person(db: Db, collaboration: LiveDocumentDoor, i: number, programmeId: string) {
  const user = await db.user.create({
    data: { email: `p${i}@bench.test`, name: `Person ${i}`, passwordHash: "-" },
  });
  await db.membership.create({
    data: { userId: user.id, programmeId, role: i === 0 ? "facilitator" : "contributor" },
  });
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      userId: user.id,
      tokenHash: createHash("sha256").update(token).digest("hex"),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const ctx = await createContext({
    db,
    sessionToken: token,
    ip: "127.0.0.1",
    secure: false,
    setCookie: () => {},
    devOutbox: false,
    documents: collaboration.documents,
  });
  return {
    userId: user.id,
    name: user.name,
    cookie: `coproduce_session=${token}`,
    caller: createCaller(ctx),
  } satisfies Person;
}

async function connect(port: number, sessionId: string, cookie: string): Promise<BoardClient> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/collab`,
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: boardDocumentName(sessionId),
    document: doc,
    token: "cookie",
  });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on("synced", () => resolve());
    provider.on("authenticationFailed", () => reject(new Error("not allowed on the board")));
  });
  provider.attach();
  await synced;
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Resolves once the server has acknowledged every change this client sent. */
async function acknowledged(provider: HocuspocusProvider) {
  while (provider.unsyncedChanges > 0) await pause(2);
}

/**
 * Makes `changes` changes (one per person per step, spread out a little) and measures, for
 * each, the time to the server's acknowledgement and until every other client has it.
 */
async function measureChanges(
  clients: BoardClient[],
  changes: number,
  make: (
    client: number,
    step: number,
  ) => { key: string; apply: () => void; seen: (doc: Y.Doc) => boolean },
) {
  const acknowledgedMs: number[] = [];
  const seenByAllMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, i) => {
      for (let step = 0; step < changes; step++) {
        await pause(Math.random() * 200);
        const change = make(i, step);
        const sent = performance.now();
        change.apply();
        const others = clients.filter((other) => other !== client);
        const seenByAll = Promise.all(
          others.map(
            (other) =>
              new Promise<void>((resolve) => {
                if (change.seen(other.doc)) return resolve();
                const check = () => {
                  if (change.seen(other.doc)) {
                    other.doc.off("update", check);
                    resolve();
                  }
                };
                other.doc.on("update", check);
              }),
          ),
        ).then(() => seenByAllMs.push(performance.now() - sent));
        await acknowledged(client.provider);
        acknowledgedMs.push(performance.now() - sent);
        await seenByAll;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    acknowledged: summary(acknowledgedMs),
    seenByEveryoneElse: summary(seenByAllMs),
    changesPerSecond: round((clients.length * changes) / seconds),
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-board-"));
  const url = `file:${path.join(dir, "board.db")}`;
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(url);
  const db = await createDb(url);
  const server = http.createServer((_request, response) => response.end());
  const collaboration = mountCollaboration(server, db);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const programme = await db.programme.create({
    data: { slug, name: "Bench", description: "", population: 1 },
  });
  const people: Person[] = [];
  for (let i = 0; i < PEOPLE; i++) people.push(await person(db, collaboration, i, programme.id));
  const facilitator = people[0]!;
  const { id: sessionId } = await facilitator.caller.academy.create({
    programmeSlug: slug,
    title: "Bench",
    purpose: "",
    startsAt: new Date().toISOString(),
    endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    place: "",
    onlineLink: "",
    facilitators: "",
    invited: "",
    capacity: null,
    anonymousNotes: false,
    template: "ideas",
  });
  const ids = { programmeSlug: slug, sessionId };
  await facilitator.caller.academy.goTo({ session: ids, index: 1 });
  const tags = await Promise.all(
    people.map(async (p) => (await p.caller.academy.live({ session: ids })).me.authorTag),
  );
  console.log(`bench:board: ${PEOPLE} people connecting to the board…`);
  const clients = await Promise.all(people.map((p) => connect(port, sessionId, p.cookie)));

  console.log(`bench:board: adding ${PEOPLE * NOTES_EACH} notes…`);
  const addNotes = await measureChanges(clients, NOTES_EACH, (i, step) => {
    const key = newBoardId();
    const note: BoardNote = {
      text: `Idea ${step} from person ${i}`,
      colour: "yellow",
      authorTag: tags[i]!,
      authorName: people[i]!.name,
      clusterId: null,
      createdAt: Date.now(),
    };
    return {
      key,
      apply: () => boardNotes(clients[i]!.doc).set(key, note),
      seen: (doc) => boardNotes(doc).has(key),
    };
  });

  const clusterIds: string[] = [];
  for (let c = 0; c < CLUSTERS; c++) {
    const id = newBoardId();
    boardClusters(clients[0]!.doc).set(id, { title: `Group ${c}`, createdAt: Date.now() });
    clusterIds.push(id);
  }
  await acknowledged(clients[0]!.provider);
  const noteIds = [...boardNotes(clients[0]!.doc).keys()];
  console.log(`bench:board: grouping ${PEOPLE * NOTES_EACH} notes…`);
  const moveNotes = await measureChanges(clients, NOTES_EACH, (i, step) => {
    const key = noteIds[(i * NOTES_EACH + step * 7) % noteIds.length]!;
    const clusterId = clusterIds[(i + step) % CLUSTERS]!;
    const doc = clients[i]!.doc;
    return {
      key,
      apply: () => boardNotes(doc).set(key, { ...boardNotes(doc).get(key)!, clusterId }),
      seen: (other) => boardNotes(other).get(key)?.clusterId === clusterId,
    };
  });

  // Votes go through the server (tRPC), which checks the budget against the rows.
  await facilitator.caller.academy.startVoteRound({
    session: ids,
    rules: { budget: VOTES_EACH, onePerNote: false, anonymous: true, durationMinutes: null },
  });
  console.log(`bench:board: ${PEOPLE * VOTES_EACH} votes…`);
  const voteSamples: number[] = [];
  await Promise.all(
    people.map(async (p, i) => {
      for (let v = 0; v < VOTES_EACH; v++) {
        await pause(Math.random() * 200);
        const noteId = noteIds[(i * 11 + v * 13) % noteIds.length]!;
        const start = performance.now();
        await p.caller.academy.vote({ session: ids, noteId });
        voteSamples.push(performance.now() - start);
      }
    }),
  );

  // With the full board: one screen's live-state read when everyone reads at once.
  const liveReads: number[] = [];
  for (let round = 0; round < 5; round++) {
    await Promise.all(
      people.map(async (p) => {
        const start = performance.now();
        await p.caller.academy.live({ session: ids });
        liveReads.push(performance.now() - start);
      }),
    );
  }
  const state = await people[1]!.caller.academy.live({ session: ids });

  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    setup: {
      people: PEOPLE,
      notes: state.notes.length,
      clusters: state.clusters.length,
      votesCast: state.round?.votesCast ?? 0,
      transport:
        "real websockets on loopback to the app's collaboration server (board rules on every change), migrated SQLite; votes and live state through in-process tRPC",
    },
    addNote: addNotes,
    moveNote: moveNotes,
    vote: summary(voteSamples),
    liveStateFullBoardEveryoneAtOnce: summary(liveReads),
  };
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/board.json"),
    JSON.stringify(result, null, 2) + "\n",
  );
  console.log(JSON.stringify(result, null, 2));
  for (const client of clients) client.destroy();
  await collaboration.close();
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
