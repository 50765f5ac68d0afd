// Opening a very large section, and replaying a long editing trace through the server.
import * as Y from "yjs";
import { connectCollab } from "./lib/collab-client.js";
import { median, round } from "./lib/stats.js";
import { finalText, generateEditingTrace, type Edit } from "./editing-trace.js";

export interface PageOpen {
  /** Time until the last byte of the page, and the first byte. */
  totalMs: number;
  firstByteMs: number;
  kilobytes: number;
}

/** One GET, timed from the client; on loopback that is the server's time. */
export async function timePage(url: string, cookie: string): Promise<PageOpen> {
  try {
    return await timePageOnce(url, cookie);
  } catch {
    // A reused keep-alive socket the server has just closed fails once; try again.
    return timePageOnce(url, cookie);
  }
}

async function timePageOnce(url: string, cookie: string): Promise<PageOpen> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const firstByteMs = performance.now() - started;
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return {
    totalMs: round(performance.now() - started),
    firstByteMs: round(firstByteMs),
    kilobytes: round(body.byteLength / 1024, 1),
  };
}

export async function measureSectionPage(url: string, cookie: string, repeats = 5) {
  const first = await timePage(url, cookie);
  const rest: PageOpen[] = [];
  for (let i = 0; i < repeats; i++) rest.push(await timePage(url, cookie));
  return {
    first,
    warmMedianMs: round(median(rest.map((r) => r.totalMs))),
    kilobytes: first.kilobytes,
  };
}

export interface DocumentOpen {
  ms: number;
  kilobytes: number;
}

async function openOnce(
  wsUrl: string,
  documentName: string,
  cookie: string,
): Promise<DocumentOpen> {
  const started = performance.now();
  const client = connectCollab(wsUrl, documentName, cookie);
  await client.synced;
  const ms = performance.now() - started;
  const kilobytes = client.received.bytes / 1024;
  client.destroy();
  return { ms: round(ms), kilobytes: round(kilobytes, 1) };
}

/**
 * The first sync of a section's Y document. The very first open builds the document from the
 * section's stored text on the server; later opens (after the server has unloaded it) read it
 * back from the durable log, which is the usual case.
 */
export async function measureDocumentOpen(wsUrl: string, documentName: string, cookie: string) {
  const firstEver = await openOnce(wsUrl, documentName, cookie);
  const cold: DocumentOpen[] = [];
  for (let i = 0; i < 3; i++) {
    // Hocuspocus unloads a document once its last client leaves and it has been stored.
    await new Promise((r) => setTimeout(r, 3000));
    cold.push(await openOnce(wsUrl, documentName, cookie));
  }
  return {
    firstEver,
    coldFromLog: {
      ms: round(median(cold.map((c) => c.ms))),
      kilobytes: cold[0]!.kilobytes,
    },
  };
}

function applyEdit(text: Y.Text, [position, deleted, inserted]: Edit) {
  if (deleted) text.delete(position, deleted);
  if (inserted) text.insert(position, inserted);
}

/**
 * Replays a trace into a section's live document, one update per keystroke as an editor sends
 * them, and waits until the server has acknowledged (durably logged) every one. The baseline is
 * the same trace applied to a Y.Doc in this process, with no server.
 */
export async function replayTrace(
  wsUrl: string,
  documentName: string,
  cookie: string,
  options: { edits: number; editsPerUpdate: number },
  log: (line: string) => void,
) {
  const { edits: editCount, editsPerUpdate } = options;
  const edits = generateEditingTrace(editCount);
  const expected = finalText(edits);

  const localStarted = performance.now();
  const local = new Y.Doc();
  const localText = local.getText("trace");
  for (const edit of edits) local.transact(() => applyEdit(localText, edit));
  const localMs = performance.now() - localStarted;
  if (localText.toString() !== expected) throw new Error("the local replay did not converge");
  local.destroy();

  const client = connectCollab(wsUrl, documentName, cookie);
  await client.synced;
  const text = client.document.getText("trace");
  const started = performance.now();
  // Yield now and then so acknowledgements can flow while the keystrokes go out.
  let nextLog = 50_000;
  for (let i = 0; i < edits.length; i += editsPerUpdate) {
    client.document.transact(() => {
      for (const edit of edits.slice(i, i + editsPerUpdate)) applyEdit(text, edit);
    });
    if ((i / editsPerUpdate) % 200 === 199) await new Promise((r) => setImmediate(r));
    if (i >= nextLog) {
      log(
        `  sent ${nextLog.toLocaleString("en-GB")} of ${edits.length.toLocaleString("en-GB")} edits…`,
      );
      nextLog += 50_000;
    }
  }
  await client.acknowledged();
  const serverMs = performance.now() - started;
  const sameAsLocal = text.toString() === expected;
  client.destroy();

  // A second client must see the same final text from the server.
  await new Promise((r) => setTimeout(r, 3000));
  const reader = connectCollab(wsUrl, documentName, cookie);
  await reader.synced;
  const readBackText = reader.document.getText("trace").toString();
  const readBack = readBackText === expected;
  reader.destroy();
  if (!sameAsLocal || !readBack) {
    log(
      `  NOT CONVERGED: client ${text.length} chars, read back ${readBackText.length}, expected ${expected.length}`,
    );
  }

  return {
    edits: edits.length,
    editsPerUpdate,
    updatesSent: Math.ceil(edits.length / editsPerUpdate),
    deletions: edits.filter((e) => e[1] === 1).length,
    finalCharacters: expected.length,
    serverSeconds: round(serverMs / 1000),
    editsPerSecond: Math.round(edits.length / (serverMs / 1000)),
    localBaselineSeconds: round(localMs / 1000),
    ratioToLocal: round(serverMs / localMs, 1),
    sameAsLocal,
    readBackByAnotherClient: readBack,
  };
}
