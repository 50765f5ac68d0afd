// The co-production record on a real database and the durable log: people of known stakeholder
// groups draft (through the server's change path, before and after compaction), comment,
// suggest, review and approve a section; the record counts them by group and names them for
// members; a release freezes it and the public sees groups and counts only; and a section no
// service user or carer had a part in is agreed only once that was considered.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { compactDocument } from "@coproduce/collab";
import {
  createYDocFromPlainText,
  renderYDoc,
  updateReplacingContent,
} from "@coproduce/editor/headless";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  storedDocuments,
} from "../../test/fixtures.js";
import { addSuggestedInsertion, settleSection } from "../../test/suggestion-fixtures.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import type { CoProductionRecord } from "../../services/co-production/record.js";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let sectionId: string;
const documents = () => storedDocuments(db);
type Who = "admin" | "facilitator" | "editor" | "contributor" | "viewer";
const as = (who: Who) => callerFor(db, fixture.users[who].id);

/** Who speaks for which group: the editor is a clinician, the contributor a carer, … */
const GROUP_OF: Partial<Record<Who, { key: string; name: string }>> = {
  editor: { key: "clinician", name: "Clinician" },
  facilitator: { key: "voluntary_sector", name: "Voluntary sector" },
  contributor: { key: "carer", name: "Carer" },
  viewer: { key: "service_user", name: "Service user" },
};

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  let sortOrder = 0;
  for (const [who, group] of Object.entries(GROUP_OF)) {
    const row = await db.stakeholderGroup.create({
      data: { ...group, description: "", sortOrder: sortOrder++ },
    });
    await db.membership.update({
      where: {
        userId_programmeId: {
          userId: fixture.users[who as Who].id,
          programmeId: fixture.programme.id,
        },
      },
      data: { stakeholderGroupId: row.id },
    });
  }
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

/** `who` rewrites the section's text, the way the server applies a browser's edit. */
async function draft(who: Who, text: string) {
  const scratch = createYDocFromPlainText([text]);
  const { json } = renderYDoc(scratch);
  scratch.destroy();
  await documents().change(sectionDocumentName(sectionId), fixture.users[who].id, (state) =>
    updateReplacingContent(state, json),
  );
  await settleSection(db, sectionId);
}

/** Each group that took part: its counts and the people named. */
function tookPart(record: CoProductionRecord | null) {
  return Object.fromEntries(
    (record?.groups ?? [])
      .filter((g) => g.people > 0)
      .map((g) => [g.key ?? "none", { counts: g.counts, names: g.names }]),
  );
}

const counts = (partial: Partial<Record<string, number>>) => ({
  drafted: 0,
  commented: 0,
  suggested: 0,
  reviewed: 0,
  approved: 0,
  ...partial,
});

describe("the co-production record", () => {
  it("counts and names who drafted, commented, suggested, reviewed and approved, by group", async () => {
    // The admin (no group given) drafts and the log is compacted: the kept contributor counts.
    await draft("admin", "People tell their story once, and it is shared.");
    await compactDocument(db, sectionDocumentName(sectionId));
    expect(await db.collabUpdate.count({ where: { userId: fixture.users.admin.id } })).toBe(0);
    // The clinician drafts twice: still one person.
    await draft("editor", "People tell their story once. It is shared with their consent.");
    await draft("editor", "People tell their story once. It is shared only with consent.");
    // The voluntary sector comments (twice: one person); the carer suggests and comments.
    const facilitator = await as("facilitator");
    const { threadId } = await facilitator.comments.createThread({
      programmeSlug,
      sectionId,
      quote: "consent",
      prefix: "People tell their story once. It is shared only with ",
      body: "Whose consent?",
      mentions: [],
    });
    await facilitator.comments.reply({ programmeSlug, threadId, body: "The person's own." });
    await addSuggestedInsertion(documents(), sectionId, fixture.users.contributor.id, 0, "All ");
    await settleSection(db, sectionId);
    const carer = await as("contributor");
    await carer.comments.reply({ programmeSlug, threadId, body: "Or their carer's." });
    // The clinician accepts the suggestion and, as owner, marks the section agreed.
    const editor = await as("editor");
    const [suggestion] = (await editor.suggestions.list({ programmeSlug, sectionId })).pending;
    await editor.suggestions.decide({
      programmeSlug,
      sectionId,
      suggestionId: suggestion!.id,
      accept: true,
    });
    await settleSection(db, sectionId);
    await editor.governance.sectionStatus.set({
      programmeSlug,
      sectionId,
      status: "agreed",
      decision: "Agreed at the records group.",
    });
    // The service user approves the release for their organisation; it is published.
    const admin = await as("admin");
    const organisation = await db.organisation.create({
      data: { programmeId: fixture.programme.id, name: "Patients' forum", sector: "patient_group" },
    });
    await admin.governance.signOff.setRule({ programmeSlug, rule: "any" });
    await admin.governance.signOff.addApprover({
      programmeSlug,
      userId: fixture.users.viewer.id,
      organisationId: organisation.id,
    });
    await (
      await as("viewer")
    ).governance.signOff.review({
      programmeSlug,
      verdict: "approved",
      comment: "",
    });
    await facilitator.publishing.publish({ programmeSlug, version: "1.0", notes: "" });

    const expected = {
      clinician: {
        counts: counts({ drafted: 1, reviewed: 1 }),
        names: [{ name: "Test editor", activities: ["drafted", "reviewed"] }],
      },
      voluntary_sector: {
        counts: counts({ commented: 1 }),
        names: [{ name: "Test facilitator", activities: ["commented"] }],
      },
      // Someone who may only suggest writes to the text as suggestions: not drafting.
      carer: {
        counts: counts({ commented: 1, suggested: 1 }),
        names: [{ name: "Test contributor", activities: ["commented", "suggested"] }],
      },
      service_user: {
        counts: counts({ approved: 1 }),
        names: [{ name: "Test viewer", activities: ["approved"] }],
      },
      none: {
        counts: counts({ drafted: 1 }),
        names: [{ name: "Test admin", activities: ["drafted"] }],
      },
    };
    const live = await editor.coProduction.section({ programmeSlug, sectionId });
    expect(tookPart(live)).toEqual(expected);
    expect(live.livedExperience).toBe(true);

    // The release keeps the record as it was: a later comment changes only the live one.
    const frozen = await editor.coProduction.release({ programmeSlug, version: "1.0" });
    expect(tookPart(frozen.sections[0]!.record)).toEqual(expected);
    await admin.comments.reply({ programmeSlug, threadId, body: "Noted." });
    const later = await editor.coProduction.section({ programmeSlug, sectionId });
    expect(tookPart(later).none!.counts.commented).toBe(1);
    const stillFrozen = await editor.coProduction.release({ programmeSlug, version: "1.0" });
    expect(tookPart(stillFrozen.sections[0]!.record)).toEqual(expected);

    // The public release page gets groups and counts, never names.
    const published = await (await callerFor(db, null)).publicToolbox.release({ programmeSlug });
    const [publicSection] = published.coProduction.sections;
    expect(publicSection!.groups.filter((g) => g.people > 0).map((g) => [g.key, g.counts])).toEqual(
      [
        ["clinician", expected.clinician.counts],
        ["voluntary_sector", expected.voluntary_sector.counts],
        ["carer", expected.carer.counts],
        ["service_user", expected.service_user.counts],
        [null, expected.none.counts],
      ],
    );
    expect(JSON.stringify(published.coProduction)).not.toContain("Test ");

    // The dashboard's table: people per group for each section.
    const table = await admin.coProduction.sections({ programmeSlug });
    expect(table.groups.map((g) => g.key)).toEqual([
      "clinician",
      "voluntary_sector",
      "carer",
      "service_user",
      null,
    ]);
    expect(table.sections).toEqual([
      expect.objectContaining({ id: sectionId, people: [1, 1, 1, 1, 1], livedExperience: true }),
    ]);

    // An approver whose account is removed still counts, by the name frozen at publishing.
    await db.user.delete({ where: { id: fixture.users.viewer.id } });
    const afterRemoval = tookPart(await editor.coProduction.section({ programmeSlug, sectionId }));
    expect(afterRemoval.service_user).toBeUndefined();
    expect(afterRemoval.none!.names).toEqual([
      { name: "Test admin", activities: ["drafted", "commented"] },
      { name: "Test viewer", activities: ["approved"] },
    ]);
  });

  it("refuses to mark a section agreed that no service user or carer had a part in, until that is considered", async () => {
    await draft("editor", "Clinicians wrote this alone.");
    const editor = await as("editor");
    const agree = (considered?: boolean) =>
      editor.governance.sectionStatus.set({
        programmeSlug,
        sectionId,
        status: "agreed",
        decision: "Agreed at the clinical board.",
        consideredWithoutLivedExperience: considered,
      });
    const record = await editor.coProduction.section({ programmeSlug, sectionId });
    expect(record.livedExperience).toBe(false);
    await expect(agree()).rejects.toThrow(
      "No service user and no carer had any part in this section. Tick the box to say you have considered this, then mark it agreed.",
    );
    expect((await db.section.findUniqueOrThrow({ where: { id: sectionId } })).status).toBe("draft");
    await agree(true);
    expect((await db.section.findUniqueOrThrow({ where: { id: sectionId } })).status).toBe(
      "agreed",
    );
    const [entry] = await db.decisionEntry.findMany({ where: { sectionId } });
    expect(entry!.summary).toContain("No service user or carer had a part in it");
  });
});
