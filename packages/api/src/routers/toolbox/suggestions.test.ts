// Suggestions through the procedures, on a real database and the durable log: a contributor's
// suggested words never reach published text (release, exports, search, public Toolbox) until
// an editor accepts them; each decision is recorded with who and when and credits the author.
import { beforeEach, describe, expect, it } from "vitest";
import JSZip from "jszip";
import type { Db } from "@coproduce/db";
import { suggestedDeletionUpdate } from "@coproduce/editor/headless";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  storedDocuments,
} from "../../test/fixtures.js";
import {
  addSuggestedInsertion,
  settleSection,
  suggesterFor,
} from "../../test/suggestion-fixtures.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { listSuggestionDecisions } from "../../services/toolbox/suggestions/suggestion-decisions.js";
import { releaseToDocx, releaseToHtml, releaseToMarkdown } from "../../exports.js";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let sectionId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  const group = await db.stakeholderGroup.create({
    data: { key: "carer", name: "Carer", description: "", sortOrder: 0 },
  });
  await db.membership.update({
    where: {
      userId_programmeId: {
        userId: fixture.users.contributor.id,
        programmeId: fixture.programme.id,
      },
    },
    data: { stakeholderGroupId: group.id },
  });
  const section = await db.section.create({
    data: {
      documentId: document.id,
      title: "Aims",
      sortOrder: 0,
      status: "agreed",
      ownerId: fixture.users.editor.id,
      plainText: "Care close to home.",
    },
  });
  sectionId = section.id;
});

const documents = () => storedDocuments(db);

/** The carer suggests "that is " after "Care " and deleting "home." (as their browser would). */
async function carerSuggests() {
  const carer = fixture.users.contributor.id;
  await addSuggestedInsertion(documents(), sectionId, carer, 5, "that is ");
  await documents().change(sectionDocumentName(sectionId), carer, (state) =>
    suggestedDeletionUpdate(state, suggesterFor(carer), 22, 27),
  );
  // What the collaboration server does when the changes settle.
  await settleSection(db, sectionId);
}

describe("suggestions", () => {
  it("lists pending suggestions with the author's name and stakeholder group, and tells the section's owner", async () => {
    await carerSuggests();
    const editor = await callerFor(db, fixture.users.editor.id);
    const list = await editor.suggestions.list({ programmeSlug, sectionId });
    expect(list.canDecide).toBe(true);
    expect(
      list.pending.map(({ kind, text, author }) => ({
        kind,
        text,
        name: author.name,
        group: author.stakeholderGroup,
      })),
    ).toEqual([
      { kind: "insert", text: "that is ", name: "Test contributor", group: "Carer" },
      { kind: "delete", text: "home.", name: "Test contributor", group: "Carer" },
    ]);
    expect(list.pending.every((s) => s.suggestedAt instanceof Date)).toBe(true);
    const outline = await editor.toolbox.outline({ programmeSlug });
    expect(outline?.suggestionCounts[sectionId]).toBe(2);
    const notifications = await editor.notifications.list();
    expect(JSON.stringify(notifications)).toContain("Test contributor suggested changes to “Aims”");
    const viewer = await callerFor(db, fixture.users.viewer.id);
    const asViewer = await viewer.suggestions.list({ programmeSlug, sectionId });
    expect(asViewer.canDecide).toBe(false);
    expect(asViewer.canSuggest).toBe(false);
  });

  it("keeps pending suggestions out of the release, every export, search and the public Toolbox", async () => {
    await carerSuggests();
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    await facilitator.publishing.publish({ programmeSlug, version: "1.0", notes: "" });
    const frozen = await db.releaseSection.findFirstOrThrow({ where: { sectionId } });
    expect(frozen.text).toBe("Care close to home.");
    expect(frozen.html).not.toContain("that is");
    expect(frozen.markdown).toBe("Care close to home.");
    const release = {
      version: "1.0",
      notes: "",
      publishedAt: new Date(),
      toolbox: { title: "Toolbox", programme: { name: "Test programme", slug: programmeSlug } },
    };
    expect(releaseToHtml(release, [frozen])).not.toContain("that is");
    expect(releaseToHtml(release, [frozen])).toContain("Care close to home.");
    expect(JSON.stringify(releaseToMarkdown(release, [frozen]))).not.toContain("that is");
    const zip = await JSZip.loadAsync(await releaseToDocx(release, [frozen]));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Care close to home.");
    expect(xml).not.toContain("that is");
    const anonymous = await callerFor(db, null);
    const published = await anonymous.publicToolbox.section({ programmeSlug, sectionId });
    expect(published.section.html).not.toContain("that is");
    const editor = await callerFor(db, fixture.users.editor.id);
    expect(JSON.stringify(await editor.search.query({ programmeSlug, q: "close" }))).toContain(
      sectionId,
    );
    expect(JSON.stringify(await editor.search.query({ programmeSlug, q: "that" }))).not.toContain(
      sectionId,
    );
    const section = await db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.plainText).toBe("Care close to home.");
  });

  it("accepting one and rejecting the other changes the text, records who and when, and credits the author", async () => {
    await carerSuggests();
    const editor = await callerFor(db, fixture.users.editor.id);
    const before = await editor.suggestions.list({ programmeSlug, sectionId });
    const [insertion, deletion] = before.pending;
    await editor.suggestions.decide({
      programmeSlug,
      sectionId,
      suggestionId: insertion!.id,
      accept: true,
    });
    await editor.suggestions.decide({
      programmeSlug,
      sectionId,
      suggestionId: deletion!.id,
      accept: false,
    });
    await settleSection(db, sectionId);
    const section = await db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.plainText).toBe("Care that is close to home.");
    const after = await editor.suggestions.list({ programmeSlug, sectionId });
    expect(after.pending).toEqual([]);
    expect((await editor.toolbox.outline({ programmeSlug }))?.suggestionCounts).toEqual({});
    expect(
      after.decided.map(({ status, text, author, decidedByName }) => ({
        status,
        text,
        author: author.name,
        decidedByName,
      })),
    ).toEqual([
      {
        status: "accepted",
        text: "that is ",
        author: "Test contributor",
        decidedByName: "Test editor",
      },
      {
        status: "rejected",
        text: "home.",
        author: "Test contributor",
        decidedByName: "Test editor",
      },
    ]);
    const log = await listSuggestionDecisions(db, fixture.programme.id);
    expect(log).toHaveLength(2);
    expect(log.find((entry) => entry.status === "accepted")).toMatchObject({
      sectionTitle: "Aims",
      author: { id: fixture.users.contributor.id, name: "Test contributor" },
      decidedBy: { id: fixture.users.editor.id, name: "Test editor" },
    });
    expect(log.every((entry) => entry.decidedAt instanceof Date)).toBe(true);
    // The programme's decision log has both, crediting the author.
    const entries = await db.decisionEntry.findMany({
      where: { programmeId: fixture.programme.id, kind: { startsWith: "suggestion_" } },
      orderBy: { kind: "asc" },
    });
    expect(
      entries.map(({ kind, actorId, subjectPersonId }) => ({ kind, actorId, subjectPersonId })),
    ).toEqual([
      {
        kind: "suggestion_accepted",
        actorId: fixture.users.editor.id,
        subjectPersonId: fixture.users.contributor.id,
      },
      {
        kind: "suggestion_rejected",
        actorId: fixture.users.editor.id,
        subjectPersonId: fixture.users.contributor.id,
      },
    ]);
    await expect(
      editor.suggestions.decide({
        programmeSlug,
        sectionId,
        suggestionId: insertion!.id,
        accept: true,
      }),
    ).rejects.toThrow("That suggestion is no longer in the text");
  });

  it("accepts every suggestion of one person at once", async () => {
    await carerSuggests();
    const editor = await callerFor(db, fixture.users.editor.id);
    const result = await editor.suggestions.decideAllBy({
      programmeSlug,
      sectionId,
      authorId: fixture.users.contributor.id,
      accept: true,
    });
    expect(result.decided).toBe(2);
    await settleSection(db, sectionId);
    const section = await db.section.findUniqueOrThrow({ where: { id: sectionId } });
    expect(section.plainText).toBe("Care that is close to ");
  });

  it("lets only the author withdraw their suggestion", async () => {
    await carerSuggests();
    const editor = await callerFor(db, fixture.users.editor.id);
    const [insertion] = (await editor.suggestions.list({ programmeSlug, sectionId })).pending;
    await expect(
      editor.suggestions.withdraw({ programmeSlug, sectionId, suggestionId: insertion!.id }),
    ).rejects.toThrow("That suggestion is no longer in the text");
    expect((await editor.suggestions.list({ programmeSlug, sectionId })).pending).toHaveLength(2);
    const carer = await callerFor(db, fixture.users.contributor.id);
    const mine = await carer.suggestions.list({ programmeSlug, sectionId });
    expect(mine.pending.every((s) => s.canWithdraw)).toBe(true);
    await carer.suggestions.withdraw({ programmeSlug, sectionId, suggestionId: insertion!.id });
    const after = await carer.suggestions.list({ programmeSlug, sectionId });
    expect(after.pending.map((s) => s.kind)).toEqual(["delete"]);
    expect(after.decided).toMatchObject([
      { status: "withdrawn", decidedByName: "Test contributor" },
    ]);
  });
});
