// The one path that tells people: every notification shows in the app, and reaches email only
// for people who keep email on; members-only kinds never reach outsiders.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { notifyPeople } from "./notify.js";

let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db);
});

const queuedTo = async () => (await db.outboxMessage.findMany()).map((m) => m.to).sort();

describe("telling people", () => {
  it("shows in the app for everyone told, and emails only those who keep email on", async () => {
    const { editor, viewer, contributor } = fixture.users;
    await (await callerFor(db, viewer.id)).notifications.setEmailPreference({ email: false });
    const told = await notifyPeople(db, {
      programmeId: fixture.programme.id,
      kind: "review",
      actorId: contributor.id,
      userIds: [editor.id, viewer.id, contributor.id],
      text: "Test contributor suggested a change to “Falls” for you to review",
      link: `/p/${fixture.programme.slug}/toolbox`,
    });
    expect(told.sort()).toEqual([editor.id, viewer.id].sort());
    expect(await queuedTo()).toEqual([editor.email]);
    const message = await db.outboxMessage.findFirstOrThrow();
    expect(message.subject).toBe(
      "Test contributor suggested a change to “Falls” for you to review",
    );
    expect(message.body).toContain("You can turn them off on your account page.");
    for (const person of [editor, viewer]) {
      const list = await (await callerFor(db, person.id)).notifications.list();
      expect(list.unread).toBe(1);
      expect(list.items[0]).toMatchObject({
        kind: "review",
        link: `/p/${fixture.programme.slug}/toolbox`,
      });
    }
    expect(await (await callerFor(db, viewer.id)).notifications.emailPreference()).toEqual({
      email: false,
    });
  });

  it("never tells someone outside the programme about members-only news", async () => {
    const told = await notifyPeople(db, {
      programmeId: fixture.programme.id,
      kind: "mention",
      actorId: fixture.users.editor.id,
      userIds: [fixture.users.outsider.id],
      text: "Test editor mentioned you",
      link: "/p/test-programme/toolbox",
    });
    expect(told).toEqual([]);
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("tells a signed-in person who gave feedback about the reply, in the app and by email", async () => {
    const author = await callerFor(db, fixture.users.outsider.id);
    const given = await author.feedback.submit({
      programmeSlug: fixture.programme.slug,
      target: { type: "programme" },
      rating: 4,
      body: "The leaflet is hard to read.",
      name: "Sam",
      contact: null,
      // The same address as the account: one email, not two.
      replyEmail: fixture.users.outsider.email,
      stakeholderGroupKey: null,
      placeId: null,
      consent: true,
      honeypot: "",
    });
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    await facilitator.feedbackModeration.respond({
      programmeSlug: fixture.programme.slug,
      feedbackId: given.id,
      status: "change_made",
      response: "We printed it in larger type.",
      change: "",
    });
    const list = await author.notifications.list();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      kind: "feedback_reply",
      text: "Test programme replied to your feedback about “Test programme”",
      link: `/feedback/${fixture.programme.slug}`,
    });
    expect(await queuedTo()).toEqual([fixture.users.outsider.email]);
    expect((await db.outboxMessage.findFirstOrThrow()).body).toContain(
      "We printed it in larger type.",
    );
  });
});
