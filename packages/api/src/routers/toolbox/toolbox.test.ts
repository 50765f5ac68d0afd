import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture, createToolkitDocument } from "../../test/fixtures.js";
import { documentAccess } from "../../policies/document-access.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let documentId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  documentId = document.id;
});

async function outlineTitles() {
  const sections = await db.section.findMany({
    where: { documentId, archivedAt: null },
    // Ties (a parent and its first child both at 0) in creation order, on every database.
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
  });
  const byId = new Map(sections.map((s) => [s.id, s]));
  return sections.map((s) =>
    s.parentId ? `${byId.get(s.parentId)?.title} > ${s.title}` : s.title,
  );
}

describe("section tree", () => {
  it("creates, reorders, nests, un-nests and archives sections", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.toolbox.createSection({ programmeSlug, documentId, title: "A" });
    const b = await editor.toolbox.createSection({ programmeSlug, documentId, title: "B" });
    const c = await editor.toolbox.createSection({ programmeSlug, documentId, title: "C" });
    expect(await outlineTitles()).toEqual(["A", "B", "C"]);

    await editor.toolbox.moveSection({ programmeSlug, sectionId: c.id, direction: "up" });
    expect(await outlineTitles()).toEqual(["A", "C", "B"]);

    await editor.toolbox.moveSection({ programmeSlug, sectionId: c.id, direction: "in" });
    expect(await outlineTitles()).toEqual(["A", "A > C", "B"]);

    await editor.toolbox.moveSection({ programmeSlug, sectionId: c.id, direction: "out" });
    const top = await db.section.findMany({
      where: { documentId, parentId: null },
      orderBy: { sortOrder: "asc" },
    });
    expect(top.map((s) => s.title)).toEqual(["A", "C", "B"]);

    await editor.toolbox.archiveSection({ programmeSlug, sectionId: b.id });
    expect(await outlineTitles()).toEqual(["A", "C"]);
    await editor.toolbox.archiveSection({ programmeSlug, sectionId: b.id, archived: false });
    expect(await outlineTitles()).toEqual(["A", "C", "B"]);
  });

  it("refuses impossible moves with a clear message and changes nothing", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const a = await editor.toolbox.createSection({ programmeSlug, documentId, title: "A" });
    await expect(
      editor.toolbox.moveSection({ programmeSlug, sectionId: a.id, direction: "up" }),
    ).rejects.toThrow(/already first/);
    await expect(
      editor.toolbox.moveSection({ programmeSlug, sectionId: a.id, direction: "in" }),
    ).rejects.toThrow(/no section above/);
    await expect(
      editor.toolbox.moveSection({ programmeSlug, sectionId: a.id, direction: "out" }),
    ).rejects.toThrow(/already at the top level/);
    expect(await outlineTitles()).toEqual(["A"]);
  });

  it("refuses a blank or too-long title", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    await expect(
      editor.toolbox.createSection({ programmeSlug, documentId, title: "   " }),
    ).rejects.toThrow(/Enter a title/);
    await expect(
      editor.toolbox.createSection({ programmeSlug, documentId, title: "x".repeat(201) }),
    ).rejects.toThrow(/at most 200/);
    expect(await db.section.count()).toBe(0);
  });
});

describe("documentAccess", () => {
  it("gives editors write, contributors and viewers read, outsiders nothing", async () => {
    const section = await db.section.create({ data: { documentId, title: "S", sortOrder: 0 } });
    const name = sectionDocumentName(section.id);
    expect(await documentAccess(db, fixture.users.admin.id, name)).toBe("write");
    expect(await documentAccess(db, fixture.users.facilitator.id, name)).toBe("write");
    expect(await documentAccess(db, fixture.users.editor.id, name)).toBe("write");
    // Contributors may write, but only their own suggestions (checked on every change).
    expect(await documentAccess(db, fixture.users.contributor.id, name)).toBe("write");
    expect(await documentAccess(db, fixture.users.viewer.id, name)).toBe("read");
    expect(await documentAccess(db, fixture.users.outsider.id, name)).toBeNull();
    expect(await documentAccess(db, fixture.users.admin.id, "section:nope")).toBeNull();
    expect(await documentAccess(db, fixture.users.admin.id, "other:thing")).toBeNull();

    await db.section.update({ where: { id: section.id }, data: { archivedAt: new Date() } });
    expect(await documentAccess(db, fixture.users.editor.id, name)).toBe("read");
  });
});
