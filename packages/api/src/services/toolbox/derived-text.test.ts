import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import * as Y from "yjs";
import { createYDocFromPlainText } from "@coproduce/editor/headless";
import { renderSectionText } from "./derived-text.js";
import { AutomaticVersions } from "./automatic-versions.js";

let db: Db;
let sectionId: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-derived-"));

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
    data: { documentId: document.id, title: "Aims", sortOrder: 0 },
  });
  sectionId = section.id;
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("when a section's live changes settle", () => {
  it("stores its text, makes an automatic version, and one more once 10 minutes have passed", async () => {
    let now = new Date("2026-01-01T09:00:00Z");
    let live = createYDocFromPlainText(["First words."]);
    const automatic = new AutomaticVersions(db, async () => Y.encodeStateAsUpdate(live), {
      now: () => now,
    });
    await renderSectionText(db, sectionId, live, automatic);
    const section = await db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.plainText).toBe("First words.");
    const search = await db.$queryRawUnsafe<{ recordId: string }[]>(
      `SELECT entry.recordId FROM SearchText
         JOIN SearchIndex AS entry ON entry.id = SearchText.rowid
        WHERE SearchText MATCH 'first'`,
    );
    expect(search.map((row) => row.recordId)).toEqual([sectionId]);

    // A minute later the text changes and settles: too soon for another version, so a retry is
    // set for when the 10 minutes are up.
    now = new Date("2026-01-01T09:01:00Z");
    live = createYDocFromPlainText(["Later words."]);
    await renderSectionText(db, sectionId, live, automatic);
    const versions = () =>
      db.sectionVersion
        .findMany({ where: { sectionId }, orderBy: { number: "asc" } })
        .then((rows) => rows.map((v) => [v.kind, v.number, v.plainText]));
    expect(await versions()).toEqual([["automatic", 1, "First words."]]);
    expect((await db.section.findUniqueOrThrow({ where: { id: sectionId } })).plainText).toBe(
      "Later words.",
    );
    expect(automatic.retryAt(sectionId)).toEqual(new Date("2026-01-01T09:10:00Z"));

    // The retry reads the document as it is then and records the last changes.
    now = new Date("2026-01-01T09:10:00Z");
    live = createYDocFromPlainText(["Last words."]);
    await automatic.retry(sectionId);
    expect(await versions()).toEqual([
      ["automatic", 1, "First words."],
      ["automatic", 2, "Last words."],
    ]);
    expect(automatic.retryAt(sectionId)).toBeNull();
    automatic.stop();
  });
});
