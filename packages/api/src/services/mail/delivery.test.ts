// Emails go through a real SMTP server started by the test: a password reset and a reply to
// feedback arrive with working links, and a refused message is retried later, not lost.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-test-server.js";
import { deliverDueMessages, MAIL_RETRY, retryDelaySeconds } from "./delivery.js";
import { smtpTransport } from "./smtp-transport.js";

const publicUrl = "https://coproduce.example.org";
const from = "Coproduce <no-reply@coproduce.example.org>";
let db: Db;
let smtp: TestSmtpServer;
let transport: ReturnType<typeof smtpTransport>;

beforeEach(async () => {
  db = await createTestDb();
  smtp = await startTestSmtpServer();
  transport = smtpTransport(smtp.url);
});
afterEach(async () => {
  transport.close();
  await smtp.close();
});

const deliver = (now = new Date()) =>
  deliverDueMessages(db, transport, { from, publicUrl, now: () => now });

describe("sending email through SMTP", () => {
  it("delivers a password reset whose link sets a new password", async () => {
    const fixture = await createProgrammeFixture(db);
    const visitor = await callerFor(db, null);
    await visitor.auth.requestPasswordReset({ email: fixture.users.viewer.email });

    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ text: fixture.users.viewer.email });
    expect(mail.from?.text).toContain("no-reply@coproduce.example.org");
    expect(mail.subject).toBe("Reset your Coproduce password");
    const link = mail.text?.match(/https:\/\/coproduce\.example\.org\/reset-password\/(\S+)/);
    expect(link).not.toBeNull();
    await visitor.auth.resetPassword({ token: link![1]!, password: "a-brand-new-password" });
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: "sent",
      attempts: 1,
    });

    // Sent once: the next round has nothing to send.
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("emails the programme's reply to the address left for it, with a private link to read it", async () => {
    const fixture = await createProgrammeFixture(db);
    const visitor = await callerFor(db, null);
    const feedbackInput = {
      programmeSlug: fixture.programme.slug,
      target: { type: "programme" as const },
      rating: null,
      body: "Who do I call at night?",
      name: "Pat",
      contact: null,
      stakeholderGroupKey: null,
      placeId: null,
      consent: true,
      honeypot: "",
    };
    const optedIn = await visitor.feedback.submit({
      ...feedbackInput,
      replyEmail: " Pat@Example.net ",
    });
    // Contact details for the team are not an opt-in to emails.
    const contactOnly = await visitor.feedback.submit({
      ...feedbackInput,
      contact: "pat@example.net",
    });
    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    const reply = {
      programmeSlug: fixture.programme.slug,
      status: "change_planned" as const,
      response: "We are adding the night number to every care plan.",
      change: "",
    };
    await facilitator.feedbackModeration.respond({ ...reply, feedbackId: optedIn.id });
    await facilitator.feedbackModeration.respond({ ...reply, feedbackId: contactOnly.id });
    // Saving the same reply again sends nothing more.
    await facilitator.feedbackModeration.respond({ ...reply, feedbackId: optedIn.id });

    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ text: "pat@example.net" });
    expect(mail.subject).toBe("Test programme has replied to your feedback");
    expect(mail.text).toContain("Hello Pat.");
    expect(mail.text).toContain("We are adding the night number to every care plan.");
    const link = mail.text?.match(/https:\/\/coproduce\.example\.org\/feedback\/track\/(\S+)/);
    expect(link).not.toBeNull();
    // The link opens the person's own feedback with the reply, published or not.
    const tracked = await visitor.feedback.track({ token: link![1]! });
    expect(tracked).toMatchObject({
      body: "Who do I call at night?",
      response: "We are adding the night number to every care plan.",
      moderation: "pending",
    });
  });

  it("refuses a reply address that is not an email address, and keeps nothing", async () => {
    const fixture = await createProgrammeFixture(db);
    const visitor = await callerFor(db, null);
    await expect(
      visitor.feedback.submit({
        programmeSlug: fixture.programme.slug,
        target: { type: "programme" },
        rating: null,
        body: "Hello",
        name: "Pat",
        contact: null,
        replyEmail: "0161 496 0000",
        stakeholderGroupKey: null,
        placeId: null,
        consent: true,
        honeypot: "",
      }),
    ).rejects.toThrow("Enter an email address like name@example.org, or leave it empty.");
    expect(await db.feedback.count()).toBe(0);
  });

  it("retries a refused message later with a growing delay, and gives up after the last try", async () => {
    await db.outboxMessage.create({
      data: { to: "sam@example.org", subject: "Hello", body: "A message." },
    });
    smtp.refuseNext(1);
    const start = new Date();
    expect(await deliver(start)).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.lastError).toMatch(/451/);
    expect(waiting.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelaySeconds(1) * 1000);

    // Not before its time; then it goes (the queue is in the database, so any process can).
    expect(await deliver(new Date(start.getTime() + 1000))).toEqual({ sent: 0, failed: 0 });
    expect(await deliver(waiting.nextAttemptAt)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((mail) => mail.subject)).toEqual(["Hello"]);
    expect(retryDelaySeconds(2)).toBe(2 * retryDelaySeconds(1));

    await db.outboxMessage.create({ data: { to: "jo@example.org", subject: "Never", body: "." } });
    smtp.refuseNext(MAIL_RETRY.maxAttempts);
    let now = new Date();
    for (let i = 0; i < MAIL_RETRY.maxAttempts; i++) {
      await deliver(now);
      now = new Date(now.getTime() + MAIL_RETRY.maxDelaySeconds * 1000);
    }
    expect(
      await db.outboxMessage.findFirstOrThrow({ where: { to: "jo@example.org" } }),
    ).toMatchObject({ status: "failed", attempts: MAIL_RETRY.maxAttempts });
  });

  it("sends a message again later when the process sending it died mid-send", async () => {
    await db.outboxMessage.create({ data: { to: "sam@example.org", subject: "Hi", body: "." } });
    const start = new Date();
    // A worker takes the message and never finishes (its process is killed).
    const hanging = { send: () => new Promise<void>(() => {}) };
    void deliverDueMessages(db, hanging, { from, publicUrl, now: () => start });
    await expect.poll(async () => (await db.outboxMessage.findFirstOrThrow()).attempts).toBe(1);
    // Another worker leaves it alone while the first one holds it, then sends it.
    expect(await deliver(new Date(start.getTime() + 1000))).toEqual({ sent: 0, failed: 0 });
    const afterLease = new Date(start.getTime() + MAIL_RETRY.leaseSeconds * 1000);
    expect(await deliver(afterLease)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((mail) => mail.subject)).toEqual(["Hi"]);
  });

  it("tells programme members they were mentioned, by email too", async () => {
    const fixture = await createProgrammeFixture(db);
    const { notifyMentioned } = await import("../mentions.js");
    await notifyMentioned(db, {
      programmeId: fixture.programme.id,
      programmeSlug: fixture.programme.slug,
      actor: { id: fixture.users.editor.id, name: "Test editor" },
      mentionedUserIds: [fixture.users.facilitator.id, fixture.users.outsider.id],
      section: { id: "s1", title: "Telling your story" },
      threadId: "t1",
    });
    await deliver();
    expect(
      smtp.received.map((mail) => [mail.to && "text" in mail.to ? mail.to.text : "", mail.subject]),
    ).toEqual([
      [
        fixture.users.facilitator.email,
        "Test editor mentioned you in a comment on “Telling your story”",
      ],
    ]);
    expect(smtp.received[0]!.text).toContain(
      `${publicUrl}/p/${fixture.programme.slug}/toolbox/s1#thread-t1`,
    );
  });
});
