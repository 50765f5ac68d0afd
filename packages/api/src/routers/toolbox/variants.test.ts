import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  editLiveText,
  errorOf,
  liveText,
} from "../../test/fixtures.js";
import { createPartnershipFixture } from "../../test/delivery-fixtures.js";
import { documentAccess } from "../../policies/document-access.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let partnershipId: string;
let coreId: string;

const V1 = [
  "People tell their story once.",
  "A named worker keeps in touch.",
  "Plans are reviewed yearly.",
];

async function release(version: string) {
  return (await callerFor(db, fixture.users.facilitator.id)).publishing.publish({
    programmeSlug,
    version,
    notes: "",
  });
}

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  partnershipId = (await createPartnershipFixture(db, fixture)).partnership.id;
  const document = await createToolkitDocument(db, fixture.toolbox.id);
  const core = await db.section.create({
    data: {
      documentId: document.id,
      title: "Shared aims",
      sortOrder: 0,
      status: "agreed",
      plainText: V1.join("\n\n"),
    },
  });
  coreId = core.id;
  await release("1.0");
});

async function startVariant() {
  const editor = await callerFor(db, fixture.users.editor.id);
  return editor.variants.create({ programmeSlug, partnershipId, coreSectionId: coreId });
}

describe("starting a local version", () => {
  it("starts from the core's latest released text, is logged, and stays out of core listings", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    const got = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(got.localText).toBe(V1.join("\n\n"));
    expect(got.baseVersion).toBe("1.0");
    expect(got.behind).toBe(false);
    expect(got.canEdit).toBe(true);

    const outline = await editor.toolbox.outline({ programmeSlug });
    const ids = outline!.documents.flatMap((d) => d.sections.map((s) => s.id));
    expect(ids).toContain(coreId);
    expect(ids).not.toContain(variant.variantSectionId);
    const overview = await editor.programmes.get({ programmeSlug });
    expect(JSON.stringify(overview)).not.toContain(variant.variantSectionId);

    const dashboard = await editor.coProduction.sections({ programmeSlug });
    const dashboardIds = dashboard.sections.map((s) => s.id);
    expect(dashboardIds).toContain(coreId);
    expect(dashboardIds).not.toContain(variant.variantSectionId);

    const found = await editor.search.query({ programmeSlug, q: "yearly" });
    const sections = found.results.filter((r) => r.kind === "section").map((r) => r.recordId);
    expect(sections).toEqual([coreId]);

    // Even agreed, a local version never goes into a release.
    await db.section.update({
      where: { id: variant.variantSectionId },
      data: { status: "agreed" },
    });
    const next = await release("1.1");
    expect(next._count.sections).toBe(1);

    const log = await db.decisionEntry.findMany({ where: { kind: "variant_created" } });
    expect(log).toHaveLength(1);
    expect(log[0]!.summary).toContain("Test Partnership started a local version of “Shared aims”");
  });

  it("refuses a second one for the same section, a variant as the core, and unknown ids, changing nothing", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    const again = await errorOf(
      editor.variants.create({ programmeSlug, partnershipId, coreSectionId: coreId }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("Test Partnership already has a local version of this section.");
    const ofVariant = await errorOf(
      editor.variants.create({
        programmeSlug,
        partnershipId,
        coreSectionId: variant.variantSectionId,
      }),
    );
    expect(ofVariant.message).toBe("We could not find that section of the toolkit.");
    const noPartnership = await errorOf(
      editor.variants.create({ programmeSlug, partnershipId: "nope", coreSectionId: coreId }),
    );
    expect(noPartnership.message).toBe("We could not find that partnership.");
    const blank = await errorOf(
      editor.variants.create({ programmeSlug, partnershipId: " ", coreSectionId: coreId }),
    );
    expect(blank.code).toBe("BAD_REQUEST");
    expect(await db.sectionVariant.count()).toBe(1);
  });

  it("is for the partnership's members and the programme's editors only", async () => {
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const refused = await errorOf(
      contributor.variants.create({ programmeSlug, partnershipId, coreSectionId: coreId }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    await db.partnershipMember.create({
      data: { partnershipId, userId: fixture.users.contributor.id },
    });
    const made = await contributor.variants.create({
      programmeSlug,
      partnershipId,
      coreSectionId: coreId,
    });
    expect(made.id).toBeTruthy();
  });
});

describe("who may open a local version's live document", () => {
  it("lets members and editors write, and others read only once it is published", async () => {
    const variant = await startVariant();
    const name = sectionDocumentName(variant.variantSectionId);
    const u = fixture.users;
    expect(await documentAccess(db, u.editor.id, name)).toBe("write");
    expect(await documentAccess(db, u.admin.id, name)).toBe("write");
    expect(await documentAccess(db, u.facilitator.id, name)).toBe("write");
    // The contributor is not a member; the viewer is a member with a read-only role.
    expect(await documentAccess(db, u.contributor.id, name)).toBeNull();
    expect(await documentAccess(db, u.viewer.id, name)).toBeNull();
    expect(await documentAccess(db, u.outsider.id, name)).toBeNull();
    await (
      await callerFor(db, u.editor.id)
    ).variants.setPublished({
      programmeSlug,
      variantId: variant.id,
      published: true,
    });
    expect(await documentAccess(db, u.contributor.id, name)).toBe("read");
    expect(await documentAccess(db, u.viewer.id, name)).toBe("read");
    expect(await documentAccess(db, u.outsider.id, name)).toBeNull();
  });
});

describe("the local version's section page, comments, suggestions and versions", () => {
  it("are refused to someone who may not see the draft, and open once it is published", async () => {
    const variant = await startVariant();
    const sectionId = variant.variantSectionId;
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const reads = [
      () => contributor.toolbox.section({ programmeSlug, sectionId }),
      () => contributor.comments.threads({ programmeSlug, sectionId }),
      () => contributor.suggestions.list({ programmeSlug, sectionId }),
      () => contributor.versions.list({ programmeSlug, sectionId }),
      () => contributor.coProduction.section({ programmeSlug, sectionId }),
    ];
    for (const read of reads) expect((await errorOf(read())).code).toBe("FORBIDDEN");
    const editor = await callerFor(db, fixture.users.editor.id);
    // Comment actions reached by the thread alone are refused on a draft too.
    const { threadId } = await editor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: "People tell their story once.",
      prefix: "",
      body: "Is this how we say it here?",
    });
    const byThread = [
      () => contributor.comments.reply({ programmeSlug, threadId, body: "Yes." }),
      () => contributor.comments.resolve({ programmeSlug, threadId, resolved: true }),
    ];
    for (const act of byThread) expect((await errorOf(act())).code).toBe("FORBIDDEN");
    expect(await db.comment.count({ where: { threadId } })).toBe(1);
    expect((await db.commentThread.findUniqueOrThrow({ where: { id: threadId } })).resolvedAt).toBe(
      null,
    );
    const page = await editor.toolbox.section({ programmeSlug, sectionId });
    expect(page.variant).toMatchObject({
      partnershipName: "Test Partnership",
      coreTitle: "Shared aims",
    });
    expect(page.canAgree).toBe(false);
    await editor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true });
    for (const read of reads) await read();
  });
});

describe("what else a draft local version could give away", () => {
  it("publishing.sectionStatus is refused to someone who may not see the draft", async () => {
    const variant = await startVariant();
    const sectionId = variant.variantSectionId;
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const status = () => contributor.publishing.sectionStatus({ programmeSlug, sectionId });
    expect((await errorOf(status())).code).toBe("FORBIDDEN");
    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.publishing.sectionStatus({ programmeSlug, sectionId });
    await editor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true });
    await status();
  });

  it("a mention on a draft tells (and emails) only people who may read it", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.comments.createThread({
      programmeSlug,
      sectionId: variant.variantSectionId,
      quote: "People tell their story once.",
      prefix: "",
      body: "@Test facilitator and @Test contributor, is this right?",
      mentions: [fixture.users.facilitator.id, fixture.users.contributor.id],
    });
    const told = await db.notification.findMany({ select: { userId: true } });
    expect(told).toEqual([{ userId: fixture.users.facilitator.id }]);
    const emails = await db.outboxMessage.findMany({ select: { to: true } });
    expect(emails.map((email) => email.to)).not.toContain(fixture.users.contributor.email);
  });
});

describe("diff and drift", () => {
  it("shows the local words against the core, then the core's newer release, and brings one paragraph in", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    await editLiveText(
      db,
      variant.variantSectionId,
      [V1[0]!, "A named worker from Northfield keeps in touch.", V1[2]!],
      fixture.users.editor.id,
    );
    const diffed = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(diffed.diffHtml).toContain("<ins>");
    expect(diffed.insertedWords).toBe(2);

    // The core changes its first and last paragraphs and is released again.
    await editLiveText(
      db,
      coreId,
      ["People tell their story only once.", V1[1]!, "Plans are reviewed every six months."],
      fixture.users.editor.id,
    );
    await db.section.update({ where: { id: coreId }, data: { status: "agreed" } });
    await release("2.0");

    const behind = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(behind.behind).toBe(true);
    expect(behind.latest?.version).toBe("2.0");
    expect(behind.changes).toHaveLength(2);
    const [first, last] = behind.changes;
    expect(first!.oldParagraphs).toEqual([V1[0]]);
    expect(first!.newParagraphs).toEqual(["People tell their story only once."]);
    expect(first!.localParagraphs).toEqual([V1[0]]);

    const list = await editor.variants.list({ programmeSlug, partnershipId });
    expect(list.map((v) => v.behind)).toEqual([true]);

    await editor.variants.bringIn({ programmeSlug, variantId: variant.id, changeKey: first!.key });
    expect(await liveText(db, variant.variantSectionId)).toBe(
      [
        "People tell their story only once.",
        "A named worker from Northfield keeps in touch.",
        V1[2],
      ].join("\n\n"),
    );
    const after = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(after.changes.map((c) => c.key)).toEqual([last!.key]);
    // The same click again is stale: refused, nothing changes.
    const stale = await errorOf(
      editor.variants.bringIn({ programmeSlug, variantId: variant.id, changeKey: first!.key }),
    );
    expect(stale.code).toBe("CONFLICT");

    const kept = await editor.variants.keepOurs({
      programmeSlug,
      variantId: variant.id,
      changeKey: last!.key,
    });
    expect(kept.behind).toBe(false);
    const settled = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(settled.baseVersion).toBe("2.0");
    expect(settled.localText).toContain(V1[2]);
    expect(await db.decisionEntry.count({ where: { kind: "variant_brought_in" } })).toBe(1);
  });

  it("will not bring in a change to a part the partnership rewrote", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    await editLiveText(
      db,
      variant.variantSectionId,
      ["Our own words.", V1[1]!, V1[2]!],
      fixture.users.editor.id,
    );
    await editLiveText(
      db,
      coreId,
      ["People tell their story only once.", V1[1]!, V1[2]!],
      fixture.users.editor.id,
    );
    await release("2.0");
    const got = await editor.variants.get({ programmeSlug, variantId: variant.id });
    expect(got.changes[0]!.localRange).toBeNull();
    const refused = await errorOf(
      editor.variants.bringIn({
        programmeSlug,
        variantId: variant.id,
        changeKey: got.changes[0]!.key,
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("cannot be brought in");
    expect(await liveText(db, variant.variantSectionId)).toContain("Our own words.");
    const blank = await errorOf(
      editor.variants.keepOurs({ programmeSlug, variantId: variant.id, changeKey: "" }),
    );
    expect(blank.message).toContain("Choose a change of the core.");
  });
});

describe("publishing a local version", () => {
  it("is explicit, logged, and only then shown on the public Toolbox", async () => {
    const variant = await startVariant();
    const anonymous = await callerFor(db, null);
    expect(
      await anonymous.variants.publishedForSection({ programmeSlug, sectionId: coreId }),
    ).toEqual([]);
    await errorOf(anonymous.variants.published({ programmeSlug, variantId: variant.id }));
    const contributor = await callerFor(db, fixture.users.contributor.id);
    expect(
      (await errorOf(contributor.variants.get({ programmeSlug, variantId: variant.id }))).code,
    ).toBe("FORBIDDEN");
    const refused = await errorOf(
      contributor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true }),
    );
    expect(refused.code).toBe("FORBIDDEN");

    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true });
    const listed = await anonymous.variants.publishedForSection({
      programmeSlug,
      sectionId: coreId,
    });
    expect(listed.map((v) => v.partnership.name)).toEqual(["Test Partnership"]);
    const page = await anonymous.variants.published({ programmeSlug, variantId: variant.id });
    expect(page.html).toContain("A named worker keeps in touch.");
    expect(await contributor.variants.get({ programmeSlug, variantId: variant.id })).toMatchObject({
      canEdit: false,
    });
    expect(await db.decisionEntry.count({ where: { kind: "variant_published" } })).toBe(1);
  });

  it("shows the public the text as published, until the partnership publishes again", async () => {
    const variant = await startVariant();
    const editor = await callerFor(db, fixture.users.editor.id);
    const anonymous = await callerFor(db, null);
    await editor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true });
    await editLiveText(
      db,
      variant.variantSectionId,
      [...V1, "Our own drop-in runs on Fridays."],
      fixture.users.editor.id,
    );
    const before = await anonymous.variants.published({ programmeSlug, variantId: variant.id });
    expect(before.html).toContain("Plans are reviewed yearly.");
    expect(before.html).not.toContain("Fridays");

    await editor.variants.setPublished({ programmeSlug, variantId: variant.id, published: true });
    const after = await anonymous.variants.published({ programmeSlug, variantId: variant.id });
    expect(after.html).toContain("Our own drop-in runs on Fridays.");
    const log = await db.decisionEntry.findMany({
      where: { kind: "variant_published" },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((entry) => entry.summary)).toEqual([
      "Test Partnership published its local version of “Shared aims”.",
      "Test Partnership published the latest text of its local version of “Shared aims”.",
    ]);
  });
});
