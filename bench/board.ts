// npm run bench:board — a Change Academy board under load: 30 people add 300 notes between
// them, then group them, while everyone's screen refreshes the live state. Measures each step
// through the real tRPC procedures on a real, migrated SQLite database (in-process, so network
// time is not counted) and writes bench/results/board.json. Reports figures; it does not fail.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCaller, createContext, type Caller } from "@coproduce/api";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PEOPLE = 30;
const NOTES_EACH = 10;
const CLUSTERS = 10;
const POLLS_EACH = 5;
/** How often live screens reload their state (apps/web useLiveRefresh). */
const REFRESH_MS = 1500;
const slug = "bench-programme";

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
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
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(samples: number[], call: () => Promise<unknown>) {
  const start = performance.now();
  await call();
  samples.push(performance.now() - start);
}

async function callerAs(db: Db, userId: string): Promise<Caller> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      userId,
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
  });
  return createCaller(ctx);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-bench-board-"));
  const url = `file:${path.join(dir, "board.db")}`;
  process.env.COPRODUCE_QUIET = "1";
  migrateDatabase(url);
  const db = await createDb(url);

  const programme = await db.programme.create({
    data: { slug, name: "Bench", description: "", population: 1 },
  });
  const people: Caller[] = [];
  let facilitator: Caller | undefined;
  for (let i = 0; i <= PEOPLE; i++) {
    const user = await db.user.create({
      data: { email: `p${i}@bench.test`, name: `Person ${i}`, passwordHash: "-" },
    });
    await db.membership.create({
      data: {
        userId: user.id,
        programmeId: programme.id,
        role: i === 0 ? "facilitator" : "contributor",
      },
    });
    const caller = await callerAs(db, user.id);
    if (i === 0) facilitator = caller;
    else people.push(caller);
  }
  const { id: sessionId } = await facilitator!.academy.create({
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
  await facilitator!.academy.goTo({ ...ids, index: 1 });

  // Everyone's screen keeps polling while the board fills up, as in a real session.
  const pollSamples: number[] = [];
  let filling = true;
  const pollers = people.map(async (caller, i) => {
    await pause((i * REFRESH_MS) / PEOPLE);
    while (filling) {
      await timed(pollSamples, () => caller.academy.live(ids));
      await pause(REFRESH_MS);
    }
  });

  const addSamples: number[] = [];
  const started = performance.now();
  await Promise.all(
    people.map(async (caller, i) => {
      for (let n = 0; n < NOTES_EACH; n++) {
        await pause(Math.random() * 200);
        await timed(addSamples, () =>
          caller.academy.addNote({
            ...ids,
            note: { text: `Idea ${n} from person ${i}`, colour: "yellow" },
          }),
        );
      }
    }),
  );
  const addSeconds = (performance.now() - started) / 1000;

  const clusterIds: string[] = [];
  for (let c = 0; c < CLUSTERS; c++) {
    clusterIds.push((await facilitator!.academy.createCluster({ ...ids, title: `Group ${c}` })).id);
  }
  const notes = await db.academyNote.findMany({ where: { sessionId }, select: { id: true } });
  const moveSamples: number[] = [];
  await Promise.all(
    people.map(async (caller, i) => {
      for (let n = 0; n < NOTES_EACH; n++) {
        await pause(Math.random() * 200);
        const note = notes[(i * NOTES_EACH + n * 7) % notes.length]!;
        await timed(moveSamples, () =>
          caller.academy.moveNote({
            ...ids,
            noteId: note.id,
            clusterId: clusterIds[n % CLUSTERS]!,
          }),
        );
      }
    }),
  );
  filling = false;
  await Promise.all(pollers);

  // With the full board: what one screen refresh costs when everyone refreshes at once.
  const fullBoardPolls: number[] = [];
  for (let i = 0; i < POLLS_EACH; i++) {
    await Promise.all(
      people.map((caller) => timed(fullBoardPolls, () => caller.academy.live(ids))),
    );
  }
  const state = await people[0]!.academy.live(ids);

  const add = summary(addSamples);
  const move = summary(moveSamples);
  const pollFull = summary(fullBoardPolls);
  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    setup: {
      people: PEOPLE,
      notes: state.notes.length,
      clusters: state.clusters.length,
      refreshMs: REFRESH_MS,
      transport: "in-process tRPC callers on a migrated SQLite database (no HTTP)",
    },
    addNote: add,
    moveNote: move,
    liveStateWhileFilling: summary(pollSamples),
    liveStateFullBoardEveryoneAtOnce: pollFull,
    addNotesPerSecond: round((PEOPLE * NOTES_EACH) / addSeconds),
    /**
     * Until others see a change: the mutation, then up to one refresh interval, then their
     * read. Median assumes half an interval of waiting; p95 a whole one.
     */
    seenByOthersEstimate: {
      p50Ms: round(add.p50Ms + REFRESH_MS / 2 + pollFull.p50Ms),
      p95Ms: round(add.p95Ms + REFRESH_MS + pollFull.p95Ms),
    },
  };
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench/results/board.json"),
    JSON.stringify(result, null, 2) + "\n",
  );
  console.log(JSON.stringify(result, null, 2));
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
