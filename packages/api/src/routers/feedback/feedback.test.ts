import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { FEEDBACK_RATE_LIMIT } from "../../services/feedback/submit-feedback.js";
import { changedThingValue } from "@coproduce/shared/feedback-targets";

const programmeSlug = "test-programme";
let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
let sectionId: string;
let partnershipId: string;

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
  const document = await db.document.create({
    data: {
      toolboxId: fixture.toolbox.id,
      kind: "toolkit",
      slug: "t",
      title: "T",
      summary: "",
      sortOrder: 0,
    },
  });
  const section = await db.section.create({
    data: { documentId: document.id, title: "Care planning", sortOrder: 0, status: "agreed" },
  });
  sectionId = section.id;
  await (
    await callerFor(db, fixture.users.admin.id)
  ).publishing.publish({ programmeSlug, version: "1.0", notes: "" });
  const place = await db.place.create({
    data: { programmeId: fixture.programme.id, name: "North", level: "place" },
  });
  const partnership = await db.partnership.create({
    data: {
      programmeId: fixture.programme.id,
      placeId: place.id,
      description: "",
      slug: "north",
      name: "North Borough",
      careModelType: "mcp",
      cohort: "Over 65",
      status: "live",
    },
  });
  partnershipId = partnership.id;
  await db.stakeholderGroup.createMany({
    data: [
      { key: "carer", name: "Carer", description: "", sortOrder: 1 },
      { key: "clinician", name: "Clinician", description: "", sortOrder: 2 },
    ],
  });
});

function submission(overrides: Record<string, unknown> = {}) {
  return {
    programmeSlug,
    target: { type: "section" as const, id: sectionId },
    rating: 4,
    body: "Please explain who to call at night.",
    name: null,
    contact: null,
    stakeholderGroupKey: "carer",
    placeId: null,
    consent: true,
    honeypot: "",
    ...overrides,
  };
}

async function anonymous(ip = "10.0.0.1") {
  return callerFor(db, null, { ip });
}

describe("giving feedback", () => {
  it("stores feedback on a published section and gives a private link that shows its status", async () => {
    const visitor = await anonymous();
    const { trackToken } = await visitor.feedback.submit(submission());
    const stored = await db.feedback.findFirstOrThrow();
    expect(stored).toMatchObject({
      targetTitle: "Care planning",
      releaseVersion: "1.0",
      moderation: "pending",
    });
    expect(stored.trackTokenHash).not.toContain(trackToken);
    const tracked = await visitor.feedback.track({ token: trackToken });
    expect(tracked).toMatchObject({
      status: "received",
      body: "Please explain who to call at night.",
    });
    // Nothing is public before a moderator approves it.
    expect((await visitor.feedback.published({ programmeSlug })).items).toEqual([]);
  });

  it("takes feedback on a partnership's delivery model and on the programme", async () => {
    const visitor = await anonymous();
    await visitor.feedback.submit(
      submission({ target: { type: "partnership", id: partnershipId } }),
    );
    await visitor.feedback.submit(submission({ target: { type: "programme" } }));
    const titles = (await db.feedback.findMany({ orderBy: { createdAt: "asc" } })).map(
      (f) => f.targetTitle,
    );
    expect(titles).toEqual(["North Borough delivery model", "Test programme"]);
  });

  it("refuses a filled-in honeypot without storing anything", async () => {
    await expect(
      (await anonymous()).feedback.submit(submission({ honeypot: "http://spam.example" })),
    ).rejects.toThrow("We could not accept this feedback");
    expect(await db.feedback.count()).toBe(0);
  });

  it("refuses more than the rate limit from one address, without storing, while others can still send", async () => {
    const visitor = await anonymous("10.0.0.9");
    for (let i = 0; i < FEEDBACK_RATE_LIMIT.perSender; i++)
      await visitor.feedback.submit(submission());
    await expect(visitor.feedback.submit(submission())).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("Please wait an hour"),
    });
    expect(await db.feedback.count()).toBe(FEEDBACK_RATE_LIMIT.perSender);
    await (await anonymous("10.0.0.10")).feedback.submit(submission());
    expect(await db.feedback.count()).toBe(FEEDBACK_RATE_LIMIT.perSender + 1);
  });

  it.each([
    [{ body: "   " }, "Tell us what you think."],
    [{ body: "x".repeat(2001) }, "under 2,000 characters"],
    [{ name: "n".repeat(101) }, "under 100 characters"],
    [{ consent: false }, "tick the box"],
    [{ rating: 9 }, "Choose how you feel about it."],
    [{ stakeholderGroupKey: "pirates" }, "Choose who you are from the list."],
    [
      { target: { type: "section", id: "not-published" } },
      "We could not find what you want to give feedback on.",
    ],
  ])("refuses %j with a clear message and stores nothing", async (overrides, message) => {
    await expect((await anonymous()).feedback.submit(submission(overrides))).rejects.toThrow(
      message,
    );
    expect(await db.feedback.count()).toBe(0);
  });

  it("asks for a name when the programme does not allow anonymous feedback", async () => {
    await db.programme.update({
      where: { id: fixture.programme.id },
      data: { allowAnonymousFeedback: false },
    });
    const visitor = await anonymous();
    await expect(visitor.feedback.submit(submission())).rejects.toThrow("Please add your name.");
    await visitor.feedback.submit(submission({ name: "Jo" }));
    expect(await db.feedback.count()).toBe(1);
  });

  it("does not find a private link that was never given", async () => {
    await expect((await anonymous()).feedback.track({ token: "made-up-token" })).rejects.toThrow(
      "We could not find this feedback",
    );
  });
});

describe("moderating and responding", () => {
  const phone = "07700 900123";

  async function submitted(body = `Ring my daughter on ${phone} or email sam@example.org.`) {
    const visitor = await anonymous();
    const { id, trackToken } = await visitor.feedback.submit(
      submission({ body, name: "Sam Carer", contact: phone }),
    );
    return { id, trackToken, visitor };
  }

  it("publishes only the redacted text, never the name or contact, even if the moderator skips redaction", async () => {
    const { id, visitor } = await submitted();
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    const item = await facilitator.feedbackModeration.item({ programmeSlug, feedbackId: id });
    expect(item.suggestedPublicBody).toBe(
      "Ring my daughter on [phone number removed] or email [email address removed].",
    );
    // Approving straight away still publishes redacted text.
    await facilitator.feedbackModeration.decide({
      programmeSlug,
      feedbackId: id,
      decision: "approve",
    });
    const published = JSON.stringify(await visitor.feedback.published({ programmeSlug }));
    expect(published).toContain("[phone number removed]");
    expect(published).not.toContain("07700");
    expect(published).not.toContain("sam@example.org");
    expect(published).not.toContain("Sam Carer");
  });

  it("keeps the moderator's wording, tags themes, assigns an owner, and responds", async () => {
    const { id, trackToken, visitor } = await submitted();
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    await facilitator.feedbackModeration.prepare({
      programmeSlug,
      feedbackId: id,
      publicBody: "Ring my daughter on 07700 900 123, she helps me. [email removed]",
      themes: "Out of hours, carers , out of hours",
      ownerId: fixture.users.editor.id,
    });
    await expect(
      facilitator.feedbackModeration.respond({
        programmeSlug,
        feedbackId: id,
        status: "not_changed",
        response: "",
        change: "",
      }),
    ).rejects.toThrow("Say why nothing was changed");
    await expect(
      facilitator.feedbackModeration.respond({
        programmeSlug,
        feedbackId: id,
        status: "change_made",
        response: "Done",
        change: "section:somewhere-else",
      }),
    ).rejects.toThrow("Choose what changed from the list.");
    await facilitator.feedbackModeration.respond({
      programmeSlug,
      feedbackId: id,
      status: "change_made",
      response: "We added the out-of-hours number to the care plan template.",
      change: changedThingValue({ type: "section", id: sectionId }),
    });
    await facilitator.feedbackModeration.decide({
      programmeSlug,
      feedbackId: id,
      decision: "approve",
    });

    const [item] = (await visitor.feedback.published({ programmeSlug })).items;
    expect(item).toMatchObject({
      publicBody: "Ring my daughter on [phone number removed], she helps me. [email removed]",
      status: "change_made",
      changeLabel: "Toolbox section: Care planning",
      themes: ["Out of hours", "carers"],
    });
    const tracked = await visitor.feedback.track({ token: trackToken });
    expect(tracked.response).toBe("We added the out-of-hours number to the care plan template.");
    expect((await db.feedback.findUniqueOrThrow({ where: { id } })).ownerId).toBe(
      fixture.users.editor.id,
    );
  });

  it("alerts the partner organisations of a delivery model when the programme responds", async () => {
    const organisation = await db.organisation.create({
      data: { programmeId: fixture.programme.id, name: "North Trust", sector: "community" },
    });
    await db.partnershipOrganisation.create({
      data: { partnershipId, organisationId: organisation.id },
    });
    await db.membership.updateMany({
      where: { userId: { in: [fixture.users.editor.id, fixture.users.facilitator.id] } },
      data: { organisationId: organisation.id },
    });
    const visitor = await anonymous();
    const { id } = await visitor.feedback.submit(
      submission({ target: { type: "partnership", id: partnershipId } }),
    );
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    await facilitator.feedbackModeration.respond({
      programmeSlug,
      feedbackId: id,
      status: "being_considered",
      response: "We are looking at night cover.",
      change: "",
    });
    const notifications = await db.notification.findMany({ where: { kind: "feedback" } });
    // The editor works there; the facilitator responded, so is not told about their own reply.
    expect(notifications.map((n) => n.userId)).toEqual([fixture.users.editor.id]);
    expect(notifications[0]!.text).toContain("North Borough delivery model");
  });

  it("shows published feedback a page at a time, newest first, and filters by theme", async () => {
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    for (let i = 0; i < 25; i++) {
      const { id } = await (
        await anonymous(`10.2.0.${i}`)
      ).feedback.submit(submission({ body: `Number ${i}` }));
      if (i % 5 === 0) {
        await facilitator.feedbackModeration.prepare({
          programmeSlug,
          feedbackId: id,
          publicBody: `Number ${i}`,
          themes: "Transport",
          ownerId: null,
        });
      }
      await facilitator.feedbackModeration.decide({
        programmeSlug,
        feedbackId: id,
        decision: "approve",
      });
    }
    const visitor = await anonymous();
    const first = await visitor.feedback.published({ programmeSlug });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.publicBody).toBe("Number 24");
    const second = await visitor.feedback.published({ programmeSlug, page: 2 });
    expect(second.items.map((i) => i.publicBody)).toEqual([
      "Number 4",
      "Number 3",
      "Number 2",
      "Number 1",
      "Number 0",
    ]);
    expect(first.themes).toEqual([{ name: "Transport", count: 5 }]);
    const transport = await visitor.feedback.published({ programmeSlug, theme: "Transport" });
    expect(transport.items.map((i) => i.publicBody)).toEqual([
      "Number 20",
      "Number 15",
      "Number 10",
      "Number 5",
      "Number 0",
    ]);
  });

  it("records a rejection with its reason and publishes nothing", async () => {
    const { id, visitor } = await submitted("Rude words");
    const admin = await callerFor(db, fixture.users.admin.id);
    await expect(
      admin.feedbackModeration.decide({
        programmeSlug,
        feedbackId: id,
        decision: "reject",
        reason: " ",
      }),
    ).rejects.toThrow("Say why it is not published");
    await admin.feedbackModeration.decide({
      programmeSlug,
      feedbackId: id,
      decision: "reject",
      reason: "Abusive",
    });
    expect((await visitor.feedback.published({ programmeSlug })).items).toEqual([]);
    const queue = await admin.feedbackModeration.queue({ programmeSlug, view: "rejected" });
    expect(queue.counts).toEqual({ pending: 0, approved: 0, rejected: 1 });
  });

  it("does not let a moderator of one programme touch another programme's feedback", async () => {
    const { id } = await submitted();
    const other = await createProgrammeFixture(db, "other-programme");
    const outsider = await callerFor(db, other.users.facilitator.id);
    await expect(
      outsider.feedbackModeration.decide({
        programmeSlug: "other-programme",
        feedbackId: id,
        decision: "approve",
      }),
    ).rejects.toThrow("We could not find that feedback.");
    expect((await db.feedback.findUniqueOrThrow({ where: { id } })).moderation).toBe("pending");
  });
});
