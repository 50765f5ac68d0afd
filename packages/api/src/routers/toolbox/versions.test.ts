import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import { createYDocFromPlainText } from "@coproduce/editor/headless";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  editLiveText,
  liveText,
} from "../../test/fixtures.js";
import {
  AUTOMATIC_VERSION_INTERVAL_MS,
  recordAutomaticVersionIfDue,
} from "../../services/section-versions.js";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let sectionId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  const section = await db.section.create({
    data: {
      documentId: document.id,
      title: "Shared aims",
      sortOrder: 0,
      plainText: "## Aims\n\nPeople tell their story once.",
    },
  });
  sectionId = section.id;
});

describe("section versions", () => {
  it("names a version, compares it with later text, restores it as a new version", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const named = await editor.versions.create({
      programmeSlug,
      sectionId,
      name: "Draft for consultation 2",
      note: "Before the workshop",
    });
    expect(named.number).toBe(1);

    await editLiveText(
      db,
      sectionId,
      ["## Aims", "People tell their whole story just once."],
      fixture.users.editor.id,
    );
    const viewer = await callerFor(db, fixture.users.viewer.id);
    const againstCurrent = await viewer.versions.compare({
      programmeSlug,
      sectionId,
      from: named.id,
      to: "current",
    });
    expect(againstCurrent.diff.html).toContain("<h2");
    expect(againstCurrent.diff.html).toMatch(
      /<ins><span class="visually-hidden">Inserted: <\/span>whole /,
    );
    expect(againstCurrent.diff.insertedWords).toBe(2);

    const restored = await editor.versions.restore({
      programmeSlug,
      sectionId,
      versionId: named.id,
    });
    // The changed text was saved first (automatic), then the restore: history only grows.
    const { versions } = await viewer.versions.list({ programmeSlug, sectionId });
    expect(versions.map((v) => [v.number, v.kind])).toEqual([
      [3, "restore"],
      [2, "automatic"],
      [1, "named"],
    ]);
    expect(versions[0]).toMatchObject({ id: restored.id, restoredFromNumber: 1 });
    expect(versions[2]).toMatchObject({
      name: "Draft for consultation 2",
      note: "Before the workshop",
      authorName: "Test editor",
    });
    expect(await liveText(db, sectionId)).toBe("Aims\n\nPeople tell their story once.");
    expect((await db.section.findUniqueOrThrow({ where: { id: sectionId } })).plainText).toBe(
      "Aims\n\nPeople tell their story once.",
    );

    // The restore and the named version now read the same; the automatic one still has the edit.
    const same = await viewer.versions.compare({
      programmeSlug,
      sectionId,
      from: named.id,
      to: restored.id,
    });
    expect(same.diff).toMatchObject({ insertedWords: 0, deletedWords: 0 });
    expect(same.diff.html).not.toMatch(/<ins|<del/);
  });

  it("refuses an empty name and changes nothing", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    await expect(editor.versions.create({ programmeSlug, sectionId, name: "   " })).rejects.toThrow(
      "Enter a name for the version.",
    );
    expect(await db.sectionVersion.count()).toBe(0);
  });

  it("does not compare versions of another section or programme", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const version = await editor.versions.create({ programmeSlug, sectionId, name: "One" });
    const other = await createProgrammeFixture(db, "other-programme");
    const outsider = await callerFor(db, other.users.admin.id);
    await expect(
      outsider.versions.compare({
        programmeSlug: "other-programme",
        sectionId,
        from: version.id,
        to: "current",
      }),
    ).rejects.toThrow("We could not find that section.");
  });

  it("makes automatic versions only when the text changed and not more than every 10 minutes", async () => {
    const state = (...paragraphs: string[]) =>
      Y.encodeStateAsUpdate(createYDocFromPlainText(paragraphs));
    const t0 = new Date("2026-01-01T09:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    expect(await recordAutomaticVersionIfDue(db, sectionId, state("First"), t0)).toEqual({
      recorded: true,
      retryAt: null,
    });
    // Unchanged text: nothing to do, ever.
    expect(await recordAutomaticVersionIfDue(db, sectionId, state("First"), at(20))).toEqual({
      recorded: false,
      retryAt: null,
    });
    // Changed too soon: not now, but try again when the interval has passed.
    expect(await recordAutomaticVersionIfDue(db, sectionId, state("Second"), at(1))).toEqual({
      recorded: false,
      retryAt: new Date(t0.getTime() + AUTOMATIC_VERSION_INTERVAL_MS),
    });
    expect(await recordAutomaticVersionIfDue(db, sectionId, state("Second"), at(10))).toEqual({
      recorded: true,
      retryAt: null,
    });
    const versions = await db.sectionVersion.findMany({ orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.kind, v.plainText, v.authorId, v.name])).toEqual([
      ["automatic", "First", null, null],
      ["automatic", "Second", null, null],
    ]);
  });

  it("never turns pasted markup in the text or the note into live HTML", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const first = await editor.versions.create({
      programmeSlug,
      sectionId,
      name: "<script>alert(1)</script>",
      note: "<img src=x onerror=alert(1)>",
    });
    await editLiveText(
      db,
      sectionId,
      ["People tell their story once. <img src=x onerror=alert(1)> <script>alert(2)</script>"],
      fixture.users.editor.id,
    );
    const { diff } = await editor.versions.compare({
      programmeSlug,
      sectionId,
      from: first.id,
      to: "current",
    });
    expect(diff.html).not.toMatch(/<img|<script/);
    expect(diff.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const stored = await db.sectionVersion.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.html).not.toMatch(/<img|<script/);
  });
});
