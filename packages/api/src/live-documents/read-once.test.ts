// Within one request a live document is read once; a change made through the request, or any
// mutation (which clears the reads), makes the next read fresh.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import type { DocumentContent } from "@coproduce/collab";
import { createTestDb } from "../test/test-db.js";
import { storedDocuments } from "../test/fixtures.js";
import { readingEachOnce, type DocumentReads } from "./read-once.js";

let db: Db | undefined;
afterEach(() => db?.$disconnect());

/** The stored documents, with each read that reaches them counted. */
function countingReads(documents: DocumentContent) {
  const counted = { reads: 0 };
  const content: DocumentContent = {
    ...documents,
    read: (name) => {
      counted.reads++;
      return documents.read(name);
    },
  };
  return { content, counted };
}

const textOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!);
  return doc.getText("probe").toString();
};

/** A change that inserts `text` at `index` of the document's "probe" text. */
const insertIntoProbe = (index: number, text: string) => (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  doc.getText("probe").insert(index, text);
  return Y.encodeStateAsUpdate(doc, before);
};

describe("reading each live document once in a request", () => {
  it("reads a document once however often it is asked for, until something changes", async () => {
    db = await createTestDb();
    const name = "section:read-once";
    const stored = storedDocuments(db);
    await stored.change(name, null, insertIntoProbe(0, "first"));
    const { content, counted } = countingReads(stored);
    const reads: DocumentReads = new Map();
    const request = readingEachOnce(content, reads);

    const [one, two] = await Promise.all([request.read(name), request.read(name)]);
    expect(await request.read(name)).toBe(one);
    expect(two).toBe(one);
    expect(counted.reads).toBe(1);
    expect(textOf(one)).toBe("first");

    // A change made through the request: the next read sees it.
    await request.change(name, null, insertIntoProbe(5, " then second"));
    expect(textOf(await request.read(name))).toBe("first then second");

    // A mutation clears the request's reads (trpc.ts): the next read is fresh.
    const readsSoFar = counted.reads;
    reads.clear();
    await request.read(name);
    expect(counted.reads).toBe(readsSoFar + 1);
  });
});
