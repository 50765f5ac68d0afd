// Release sign-off as people do it: an admin names two approvers for partner organisations and
// the rule "all"; publishing is refused until both approved the text as it stands; an
// objection or a later change to the text holds the release back; the public release says who
// approved and when; the decision log and its CSV record every step.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  editLiveText,
} from "../../test/fixtures.js";
import { csvCellValue } from "../../services/csv/csv-file.js";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let sectionId: string;
let trust: { id: string };
let council: { id: string };

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  const section = await db.section.create({
    data: {
      documentId: document.id,
      title: "Care planning",
      sortOrder: 0,
      status: "agreed",
      plainText: "People tell their story once.",
    },
  });
  sectionId = section.id;
  trust = await db.organisation.create({
    data: { programmeId: fixture.programme.id, name: "Northfield Trust", sector: "acute" },
  });
  council = await db.organisation.create({
    data: {
      programmeId: fixture.programme.id,
      name: "=Riverside Council",
      sector: "local_authority",
    },
  });
});

const as = (who: "admin" | "facilitator" | "contributor" | "viewer") =>
  callerFor(db, fixture.users[who].id);

async function nameApprovers() {
  const admin = await as("admin");
  await admin.governance.signOff.setRule({ programmeSlug, rule: "all" });
  await admin.governance.signOff.addApprover({
    programmeSlug,
    userId: fixture.users.contributor.id,
    organisationId: trust.id,
  });
  await admin.governance.signOff.addApprover({
    programmeSlug,
    userId: fixture.users.viewer.id,
    organisationId: council.id,
  });
}

const publish = async (version: string) =>
  (await as("facilitator")).publishing.publish({ programmeSlug, version, notes: "" });

describe("release sign-off with the rule 'all'", () => {
  it("refuses to publish until every approver approved the text as it stands", async () => {
    await nameApprovers();
    const carer = await as("contributor");
    const council = await as("viewer");

    await expect(publish("1.0")).rejects.toThrow(
      "Still waiting for: Test contributor, Test viewer.",
    );
    await carer.governance.signOff.review({
      programmeSlug,
      verdict: "approved",
      comment: "Reads well.",
    });
    await expect(publish("1.0")).rejects.toThrow("Still waiting for: Test viewer.");

    await expect(
      council.governance.signOff.review({ programmeSlug, verdict: "objected" }),
    ).rejects.toThrow(/Say why you object/);
    await council.governance.signOff.review({
      programmeSlug,
      verdict: "objected",
      comment: "Say who the one person is.",
    });
    await expect(publish("1.0")).rejects.toThrow("Still waiting for: Test viewer.");

    // The text changes after the carer approved: their approval no longer counts.
    await editLiveText(db, sectionId, ["People tell their story once, to their care coordinator."]);
    await council.governance.signOff.review({ programmeSlug, verdict: "approved" });
    const overview = await carer.governance.signOff.overview({ programmeSlug });
    expect(overview.met).toBe(false);
    expect(overview.approvers.map((a) => [a.name, a.review?.verdict, a.review?.current])).toEqual([
      ["Test contributor", "approved", false],
      ["Test viewer", "approved", true],
    ]);
    await expect(publish("1.0")).rejects.toThrow("Still waiting for: Test contributor.");
    expect(await db.toolboxRelease.count()).toBe(0);

    await carer.governance.signOff.review({ programmeSlug, verdict: "approved" });
    const release = await publish("1.0");
    expect(release._count.sections).toBe(1);

    // The public page says who approved, for which organisation, and when.
    const anonymous = await callerFor(db, null);
    const page = await anonymous.publicToolbox.release({ programmeSlug });
    expect(page.approvals.map((a) => [a.personName, a.organisationName])).toEqual([
      ["Test viewer", "=Riverside Council"],
      ["Test contributor", "Northfield Trust"],
    ]);
    expect(page.approvals.every((a) => a.createdAt instanceof Date)).toBe(true);

    // The next release starts with no approvals.
    const next = await carer.governance.signOff.overview({ programmeSlug });
    expect(next.approvers.every((a) => a.review === null)).toBe(true);
    await expect(publish("1.1")).rejects.toThrow(/Still waiting for/);
  });

  it("lets only named approvers review, and the rule 'any' needs one approval", async () => {
    await nameApprovers();
    const admin = await as("admin");
    await expect(
      admin.governance.signOff.review({ programmeSlug, verdict: "approved" }),
    ).rejects.toThrow("Only the named approvers can approve or object to a release.");
    await admin.governance.signOff.setRule({ programmeSlug, rule: "any" });
    await expect(publish("1.0")).rejects.toThrow(/at least one approver/);
    await (await as("viewer")).governance.signOff.review({ programmeSlug, verdict: "approved" });
    await expect(publish("1.0")).resolves.toMatchObject({ version: "1.0" });
  });

  it("refuses approvers from outside the programme or its organisations, changing nothing", async () => {
    const admin = await as("admin");
    await expect(
      admin.governance.signOff.addApprover({
        programmeSlug,
        userId: fixture.users.outsider.id,
        organisationId: trust.id,
      }),
    ).rejects.toThrow("Choose a person in this programme.");
    await expect(
      admin.governance.signOff.addApprover({
        programmeSlug,
        userId: fixture.users.viewer.id,
        organisationId: "not-an-organisation",
      }),
    ).rejects.toThrow("Choose a partner organisation of this programme.");
    expect(await db.releaseApprover.count()).toBe(0);
    expect(await db.decisionEntry.count()).toBe(0);
  });

  it("publishes without sign-off when the rule is 'none' (the default)", async () => {
    await expect(publish("1.0")).resolves.toMatchObject({ version: "1.0" });
  });
});

describe("the release draft", () => {
  it("shows what changed since the last release, section by section, as a word diff", async () => {
    // Published from the stored text; then the live text changes for the first time.
    await publish("1.0");
    await editLiveText(db, sectionId, ["People tell their story only once."]);
    const viewer = await as("viewer");
    const { since, changes } = await viewer.governance.signOff.changes({ programmeSlug });
    expect(since).toBe("1.0");
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      title: "Care planning",
      change: "changed",
      insertedWords: 1,
    });
    expect(changes[0]!.diffHtml).toContain("<ins>");
    expect(changes[0]!.diffHtml).toContain("only");
  });
});

describe("the decision log", () => {
  it("lists every step, filters by kind and person, and exports safe CSV", async () => {
    await nameApprovers();
    await (
      await as("contributor")
    ).governance.signOff.review({ programmeSlug, verdict: "approved" });
    await (await as("viewer")).governance.signOff.review({ programmeSlug, verdict: "approved" });
    await publish("1.0");
    const viewer = await as("viewer");
    const all = await viewer.governance.decisionLog.list({ programmeSlug });
    expect(all.entries.map((e) => e.kind)).toEqual([
      "release_published",
      "release_approved",
      "release_approved",
      "approver_named",
      "approver_named",
      "sign_off_rule_changed",
    ]);
    const mine = await viewer.governance.decisionLog.list({
      programmeSlug,
      personId: fixture.users.viewer.id,
    });
    expect(mine.entries.map((e) => e.kind)).toEqual(["release_approved", "approver_named"]);
    const approvals = await viewer.governance.decisionLog.list({
      programmeSlug,
      kind: "release_approved",
    });
    expect(approvals.entries).toHaveLength(2);

    const { csv, filename } = await viewer.governance.decisionLog.csv({ programmeSlug });
    expect(filename).toBe("test-programme-decision-log.csv");
    const lines = csv.split("\n");
    expect(lines[0]).toBe("When (UTC),Kind,Section,Decided by,About,Summary");
    expect(lines).toHaveLength(7);
    // An organisation named like a formula is neutralised where it starts a cell… and the
    // summary, which starts with a name, is kept as written.
    expect(csv).toContain("Test viewer named as release approver for =Riverside Council.");
    expect(csvCellValue("'=x")).toBe("=x");
  });
});
