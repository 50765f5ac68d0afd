// A bench:collab worker process: owns a share of the simulated editors (and perhaps some
// observers) and runs each phase when the parent says so (see collab-messages.ts). Editors are
// spread over several such processes so that the clients, not the server, are never what limits
// the figures.
import { connectCollab } from "./collab-client.js";
import {
  sharedClockMs,
  TO_EDITORS_TYPES,
  type EditorAssignment,
  type FromEditors,
  type ToEditors,
} from "./collab-messages.js";
import { isMessageOf, sendToParent } from "./ipc.js";

type Client = ReturnType<typeof connectCollab>;
interface Editor extends EditorAssignment {
  client: Client;
}

// An observer's samples are gathered once no new one has arrived for this long: edits the
// server has acknowledged may still be on their way to the observer.
const QUIET_MS = 250;
const MAX_WAIT_MS = 5_000;

let editors: Editor[] = [];
let samples: number[] = [];
let lastSampleAt = 0;

const send = (message: FromEditors) => sendToParent(message);
const writers = () => editors.filter((e) => !e.observer);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A change the server refuses is never acknowledged: fail rather than wait for ever. Generous,
// because a server far behind on a busy machine does catch up.
const ACKNOWLEDGED_WITHIN_MS = 300_000;
async function allAcknowledged() {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`edits not acknowledged within ${ACKNOWLEDGED_WITHIN_MS / 1000} s`)),
      ACKNOWLEDGED_WITHIN_MS,
    );
  });
  try {
    await Promise.race([Promise.all(editors.map((e) => e.client.acknowledged())), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An edit is a word `<editor>@<sent at> `: the observer times each word it receives. */
const STAMP = /@(\d+(?:\.\d+)?) /g;

function observe({ client }: Editor) {
  client.document.getText("paced").observe((event) => {
    if (event.transaction.local) return;
    const now = sharedClockMs();
    for (const change of event.delta) {
      if (typeof change.insert !== "string") continue;
      for (const [, sentAt] of change.insert.matchAll(STAMP)) samples.push(now - Number(sentAt));
    }
    lastSampleAt = now;
  });
}

async function connect(url: string, cookie: string | undefined, assigned: EditorAssignment[]) {
  editors = assigned.map((a) => ({ ...a, client: connectCollab(url, a.documentName, cookie) }));
  await Promise.all(editors.map((e) => e.client.synced));
  editors.filter((e) => e.observer).forEach(observe);
  send({ type: "connected" });
}

/**
 * Each editor types a word every interval, as people do. Typing is what the server checks
 * fastest (text only); a change to anything else in a section's document is read item by item.
 */
async function paced(seconds: number, intervalMs: number) {
  let edits = 0;
  const timers = writers().map((editor) =>
    setInterval(() => {
      editor.client.document.getText("paced").insert(0, `${editor.name}@${sharedClockMs()} `);
      edits++;
    }, intervalMs),
  );
  await sleep(seconds * 1000);
  timers.forEach(clearInterval);
  const stopped = sharedClockMs();
  await allAcknowledged();
  send({ type: "pacedDone", edits, backlogMs: sharedClockMs() - stopped });
}

/** Every editor sends its updates as fast as it can; done once the server has them all. */
async function burst(updatesPerEditor: number) {
  const own = writers();
  for (let n = 0; n < updatesPerEditor; n++) {
    for (const editor of own)
      editor.client.document.getText("burst").insert(0, `${editor.name}.${n} `);
  }
  await allAcknowledged();
  send({ type: "burstDone", updates: own.length * updatesPerEditor, finishedAt: sharedClockMs() });
}

async function latencies() {
  const deadline = sharedClockMs() + MAX_WAIT_MS;
  while (sharedClockMs() - lastSampleAt < QUIET_MS && sharedClockMs() < deadline) {
    await sleep(QUIET_MS / 5);
  }
  send({ type: "latencies", samples });
  samples = [];
}

function close() {
  for (const { client } of editors) client.destroy();
  process.exit(0);
}

async function handle(message: ToEditors) {
  switch (message.type) {
    case "connect":
      return connect(message.url, message.cookie, message.editors);
    case "paced":
      return paced(message.seconds, message.intervalMs);
    case "burst":
      return burst(message.updatesPerEditor);
    case "latencies":
      return latencies();
    case "close":
      return close();
  }
}

process.on("message", (message: unknown) => {
  if (!isMessageOf<ToEditors>(message, TO_EDITORS_TYPES)) return;
  handle(message).catch((error: unknown) => {
    console.error("bench:collab editor worker:", error);
    process.exit(1);
  });
});
// A worker whose parent has gone (the bench failed or was stopped) has nothing left to do.
process.on("disconnect", () => process.exit(0));
// The parent waits for this before it sends anything.
send({ type: "ready" });
