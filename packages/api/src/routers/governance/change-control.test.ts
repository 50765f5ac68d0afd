// Change control on agreed sections: who may agree, that agreeing is logged with its decision,
// and that a text change arriving through the live document (the section kind's `settled`
// hook, as the collaboration server calls it) moves an agreed section back to review while a
// comment does not.
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import {
  commentMarkUpdate,
  createYDocFromPlainText,
  renderYDoc,
  suggestedInsertionUpdate,
  suggestionsInState,
  updateReplacingContent,
} from "@coproduce/editor/headless";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  storedDocuments,
} from "../../test/fixtures.js";
import { inProcessValues } from "@coproduce/collab";
import { documentKinds, sharedLastWriters } from "../../live-documents/document-kinds.js";
import type { AutomaticVersions } from "../../services/toolbox/automatic-versions.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

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
      title: "Care planning",
      sortOrder: 0,
      ownerId: fixture.users.editor.id,
      plainText: "People tell their story once.",
    },
  });
  sectionId = section.id;
});

const as = (role: "admin" | "facilitator" | "editor") => callerFor(db, fixture.users[role].id);
const statusOf = async () =>
  (await db.section.findUniqueOrThrow({ where: { id: sectionId } })).status;

function oneProcessLastWriters() {
  const values = inProcessValues();
  return sharedLastWriters(() => values);
}

describe("marking a section agreed", () => {
  it("is for the owner or an admin, with a decision, and the log records it", async () => {
    const facilitator = await as("facilitator");
    await expect(
      facilitator.governance.sectionStatus.set({
        programmeSlug,
        sectionId,
        status: "agreed",
        decision: "Agreed at board",
      }),
    ).rejects.toThrow("Only the section's owner or an admin can mark it agreed.");
    const owner = await as("editor");
    await expect(
      owner.governance.sectionStatus.set({ programmeSlug, sectionId, status: "agreed" }),
    ).rejects.toThrow(/Say what was decided/);
    expect(await statusOf()).toBe("draft");
    expect(await db.decisionEntry.count()).toBe(0);

    await owner.governance.sectionStatus.set({
      programmeSlug,
      sectionId,
      status: "agreed",
      decision: "Agreed at the March partnership board",
      consideredWithoutLivedExperience: true,
    });
    expect(await statusOf()).toBe("agreed");
    const { entries } = await owner.governance.decisionLog.list({ programmeSlug, sectionId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: "status_changed",
      actor: { id: fixture.users.editor.id },
      sectionTitle: "Care planning",
    });
    expect(entries[0]!.summary).toContain("from Draft to Agreed");
    expect(entries[0]!.summary).toContain("Agreed at the March partnership board");

    // Anyone who edits may send it back to review; an admin may agree it again.
    await facilitator.governance.sectionStatus.set({ programmeSlug, sectionId, status: "draft" });
    const admin = await as("admin");
    await admin.governance.sectionStatus.set({
      programmeSlug,
      sectionId,
      status: "agreed",
      decision: "Chair's action",
      consideredWithoutLivedExperience: true,
    });
    expect(await statusOf()).toBe("agreed");
    expect(await db.decisionEntry.count()).toBe(3);
  });

  it("is not possible through the general section update", async () => {
    const admin = await as("admin");
    await expect(
      admin.toolbox.updateSection({
        programmeSlug,
        sectionId,
        // @ts-expect-error the status is no longer an input of updateSection
        status: "agreed",
      }),
    ).resolves.toBeDefined();
    expect(await statusOf()).toBe("draft");
  });
});

describe("a change to an agreed section", () => {
  const automaticVersions = { settled: async () => {} } as unknown as AutomaticVersions;
  const editor = () => ({ userId: fixture.users.contributor.id, name: "Test contributor" });

  async function agree() {
    const owner = await as("editor");
    await owner.governance.sectionStatus.set({
      programmeSlug,
      sectionId,
      status: "agreed",
      decision: "Agreed",
      consideredWithoutLivedExperience: true,
    });
  }

  it("moves it to In review when the live text changes, and logs who changed it", async () => {
    await agree();
    const kinds = documentKinds(db, { automaticVersions, lastWriters: oneProcessLastWriters() });
    const name = { kind: "section" as const, sectionId };
    const live = createYDocFromPlainText(["People tell their story once."]);
    // Settling with the agreed text changes nothing.
    await kinds.section.settled(name, live);
    expect(await statusOf()).toBe("agreed");

    const changed = createYDocFromPlainText(["People tell their story once, to one person."]);
    const update = Y.encodeStateAsUpdate(changed);
    // As the collaboration server does: the rule, then "accepted" (which notes the writer).
    const writer = { ...editor(), userId: fixture.users.editor.id };
    const rule = await kinds.section.ruleFor(writer, name, update);
    expect(rule(() => Y.encodeStateAsUpdate(live), live)).toBeNull();
    await kinds.section.accepted(writer, name);
    await kinds.section.settled(name, changed);
    expect(await statusOf()).toBe("in_review");

    const caller = await as("admin");
    const { entries } = await caller.governance.decisionLog.list({
      programmeSlug,
      personId: fixture.users.editor.id,
      kind: "status_changed",
    });
    expect(entries[0]).toMatchObject({
      actor: null,
      subjectPerson: { id: fixture.users.editor.id },
    });
    expect(entries[0]!.summary).toContain("changed after it was agreed");
  });

  it("leaves it agreed when someone only comments on it", async () => {
    await agree();
    const kinds = documentKinds(db, { automaticVersions, lastWriters: oneProcessLastWriters() });
    const live = createYDocFromPlainText(["People tell their story once."]);
    const mark = commentMarkUpdate(live, "thread-1", {
      quote: "story",
      prefix: "People tell their ",
    });
    expect(mark).not.toBeNull();
    Y.applyUpdate(live, mark!);
    await kinds.section.settled({ kind: "section", sectionId }, live);
    expect(await statusOf()).toBe("agreed");
  });

  it("moves it to In review when an earlier version is restored while nobody has it open", async () => {
    const owner = await as("editor");
    const first = await owner.versions.create({ programmeSlug, sectionId, name: "First words" });
    const content = renderYDoc(
      createYDocFromPlainText(["People tell their story just once."]),
    ).json;
    await storedDocuments(db).change(
      sectionDocumentName(sectionId),
      fixture.users.editor.id,
      (state) => updateReplacingContent(state, content),
    );
    await agree();
    expect(await statusOf()).toBe("agreed");

    await owner.versions.restore({ programmeSlug, sectionId, versionId: first.id, note: "" });
    expect(await statusOf()).toBe("in_review");
    const { entries } = await owner.governance.decisionLog.list({
      programmeSlug,
      sectionId,
      kind: "status_changed",
    });
    expect(entries[0]!.summary).toContain("changed after it was agreed");
  });

  it("moves it to In review when a suggestion is accepted while nobody has it open", async () => {
    await agree();
    const documents = storedDocuments(db);
    const carer = { authorId: fixture.users.contributor.id, newId: () => "s-1", now: () => "" };
    const state = await documents.change(
      sectionDocumentName(sectionId),
      carer.authorId,
      (current) => suggestedInsertionUpdate(current, carer, 7, "always "),
    );
    const [suggestion] = suggestionsInState(state);
    const owner = await as("editor");
    await owner.suggestions.decide({
      programmeSlug,
      sectionId,
      suggestionId: suggestion!.suggestionId,
      accept: false,
    });
    expect(await statusOf()).toBe("agreed");
    await documents.change(sectionDocumentName(sectionId), carer.authorId, (current) =>
      suggestedInsertionUpdate(current, { ...carer, newId: () => "s-2" }, 7, "always "),
    );
    await owner.suggestions.decide({ programmeSlug, sectionId, suggestionId: "s-2", accept: true });
    expect(await statusOf()).toBe("in_review");
  });
});
