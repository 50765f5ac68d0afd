// The programme home says what needs the person: each panel shows only their own news, an
// empty panel says so, and moderation shows only for roles that moderate.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createPartnershipFixture } from "../../test/delivery-fixtures.js";
import { createAcademySession } from "../../test/academy-fixtures.js";
import { notifyMentioned } from "../../services/mentions.js";

let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
const programmeSlug = "test-programme";
const day = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
});

async function panelsOf(userId: string) {
  const caller = await callerFor(db, userId);
  const panels = await caller.home.panels({ programmeSlug });
  return Object.fromEntries(panels.map((panel) => [panel.key, panel]));
}

async function giveFeedback(body: string) {
  const visitor = await callerFor(db, null);
  return visitor.feedback.submit({
    programmeSlug,
    target: { type: "programme" },
    rating: null,
    body,
    name: "Pat",
    contact: null,
    stakeholderGroupKey: null,
    placeId: null,
    consent: true,
    honeypot: "",
  });
}

describe("the programme home", () => {
  it("shows my mentions, unread first, and says so when nothing waits for review", async () => {
    const { editor, facilitator } = fixture.users;
    await notifyMentioned(db, {
      programmeId: fixture.programme.id,
      programmeSlug,
      actor: { id: editor.id, name: "Test editor" },
      mentionedUserIds: [facilitator.id],
      section: { id: "s1", title: "Telling your story" },
      threadId: "t1",
    });
    const mine = await panelsOf(facilitator.id);
    expect(mine.mentions!.items).toMatchObject([
      {
        text: "Test editor mentioned you in a comment on “Telling your story”",
        link: `/p/${programmeSlug}/toolbox/s1#thread-t1`,
        urgent: true,
      },
    ]);
    expect(mine.mentions!.total).toBe(1);
    expect(mine.reviews).toMatchObject({
      items: [],
      empty: "No suggestions or reviews are waiting for you.",
    });
    // The editor who wrote it is told nothing.
    expect((await panelsOf(editor.id)).mentions!.items).toEqual([]);
  });

  it("shows moderators the feedback waiting, oldest first with its age, and nobody else", async () => {
    const old = await giveFeedback("The leaflet is too small to read.");
    await db.feedback.update({
      where: { id: old.id },
      data: { createdAt: new Date(Date.now() - 10 * day) },
    });
    await giveFeedback("Thank you for the evening session.");
    const moderation = (await panelsOf(fixture.users.facilitator.id)).moderation!;
    expect(moderation.total).toBe(2);
    expect(moderation.items.map((item) => [item.text, item.detail, item.urgent])).toEqual([
      ["About “Test programme”: The leaflet is too small to read.", "Sent 10 days ago", true],
      ["About “Test programme”: Thank you for the evening session.", "Sent today", false],
    ]);
    expect(moderation.items[0]!.link).toBe(`/p/${programmeSlug}/feedback/${old.id}`);
    for (const role of ["editor", "contributor", "viewer"] as const) {
      expect((await panelsOf(fixture.users[role].id)).moderation).toBeUndefined();
    }
  });

  it("shows slipped milestones of my partnerships, changes to my sections and the next sessions", async () => {
    const { partnership, section } = await createPartnershipFixture(db, fixture);
    await db.milestone.deleteMany({ where: { partnershipId: partnership.id } });
    await db.milestone.createMany({
      data: [
        {
          partnershipId: partnership.id,
          title: "Shared care record live",
          status: "in_progress",
          plannedDate: new Date(Date.now() - 30 * day),
        },
        {
          partnershipId: partnership.id,
          title: "Workforce plan agreed",
          status: "complete",
          plannedDate: new Date(Date.now() - 30 * day),
        },
        {
          partnershipId: partnership.id,
          title: "Evaluation published",
          status: "not_started",
          plannedDate: new Date(Date.now() + 30 * day),
        },
      ],
    });
    // The editor is a member of the partnership; the facilitator is not.
    const editorPanels = await panelsOf(fixture.users.editor.id);
    expect(editorPanels.milestones!.items.map((item) => item.text)).toEqual([
      "Test Partnership: Shared care record live",
    ]);
    expect((await panelsOf(fixture.users.facilitator.id)).milestones!.items).toEqual([]);

    await db.section.update({
      where: { id: section.id },
      data: { ownerId: fixture.users.editor.id },
    });
    const version = {
      sectionId: section.id,
      yjsState: new Uint8Array(),
      plainText: "",
      html: "",
      json: "",
    };
    await db.sectionVersion.createMany({
      data: [
        { ...version, number: 1, kind: "named", name: "Draft 1", authorId: fixture.users.admin.id },
        { ...version, number: 2, kind: "named", name: "Mine", authorId: fixture.users.editor.id },
      ],
    });
    const changes = (await panelsOf(fixture.users.editor.id))["section-changes"]!;
    expect(changes.items.map((item) => [item.text, item.detail])).toEqual([
      ["“Shared vision”: version “Draft 1” saved", "By Test admin, today"],
    ]);

    await createAcademySession(db, fixture.programme.id);
    const sessions = (await panelsOf(fixture.users.viewer.id)).sessions!;
    expect(sessions.items).toHaveLength(1);
    expect(sessions.items[0]).toMatchObject({ text: "Ideas for discharge", urgent: true });
    expect(sessions.items[0]!.detail).toMatch(/^Today at \d\d:\d\d, Town hall$/);
  });
});
