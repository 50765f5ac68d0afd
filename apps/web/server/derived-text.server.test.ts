import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { createYDocFromPlainText } from "@coproduce/editor/headless";
import { renderSectionText } from "./derived-text.server.js";

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
  it("stores its text, makes an automatic version, and no second one within 10 minutes", async () => {
    await renderSectionText(db, `section:${sectionId}`, createYDocFromPlainText(["First words."]));
    const section = await db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.plainText).toBe("First words.");
    const search = await db.$queryRawUnsafe<{ recordId: string }[]>(
      `SELECT recordId FROM SearchIndex WHERE SearchIndex MATCH 'first'`,
    );
    expect(search.map((row) => row.recordId)).toEqual([sectionId]);

    await renderSectionText(db, `section:${sectionId}`, createYDocFromPlainText(["Later words."]));
    const versions = await db.sectionVersion.findMany({ where: { sectionId } });
    expect(versions.map((v) => [v.kind, v.number, v.plainText])).toEqual([
      ["automatic", 1, "First words."],
    ]);
    expect((await db.section.findUniqueOrThrow({ where: { id: sectionId } })).plainText).toBe(
      "Later words.",
    );
  });
});
