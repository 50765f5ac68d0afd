import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Db } from "@coproduce/db";
import { markedTextInYDoc, renderYDoc } from "@coproduce/editor/headless";
import { createTestDb } from "../../test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  createToolkitDocument,
  storedDocuments,
} from "../../test/fixtures.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

/** The text every test section starts with; its live document is made from it. */
const TEST_SECTION_TEXT = [
  "Our shared aims for the neighbourhood team.",
  "People should tell their story once. People should be asked what matters to them.",
];

const programmeSlug = "test-programme";
const sentence = "People should tell their story once.";
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
      title: "Telling your story",
      sortOrder: 0,
      plainText: TEST_SECTION_TEXT.join("\n\n"),
    },
  });
  sectionId = section.id;
});

/** The section's live document as it is stored now (made from its text if it is new). */
async function sectionDoc(id: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await storedDocuments(db).change(sectionDocumentName(id), null, () => null));
  return doc;
}

async function counts() {
  return {
    threads: await db.commentThread.count(),
    comments: await db.comment.count(),
    notifications: await db.notification.count(),
  };
}

describe("comment threads", () => {
  it("lets a contributor comment on words they cannot edit, marking only those words", async () => {
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const textBefore = renderYDoc(await sectionDoc(sectionId)).text;
    const { threadId } = await contributor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      prefix: "",
      body: "This matters to my dad.",
    });
    const doc = await sectionDoc(sectionId);
    expect(markedTextInYDoc(doc, threadId)).toBe(sentence);
    // The text itself is unchanged: a comment is never a way to edit.
    expect(renderYDoc(doc).text).toBe(textBefore);
    expect(renderYDoc(doc).text).toBe(TEST_SECTION_TEXT.join("\n\n"));

    const { threads, canComment } = await contributor.comments.threads({
      programmeSlug,
      sectionId,
    });
    expect(canComment).toBe(true);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      id: threadId,
      quote: sentence,
      status: "open",
      author: { name: "Test contributor" },
      canResolve: true,
    });
    expect(threads[0]!.comments.map((c) => c.body)).toEqual(["This matters to my dad."]);
  });

  it("anchors to the occurrence the prefix points at when words repeat", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const { threadId } = await editor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: "People should be asked",
      prefix: "their story once. ",
      body: "Who asks?",
    });
    expect(markedTextInYDoc(await sectionDoc(sectionId), threadId)).toBe("People should be asked");
    const json = JSON.stringify(renderYDoc(await sectionDoc(sectionId)).json);
    expect(json).toMatch(/"text":"People should tell their story once\. ".*"type":"mark"/);
  });

  it("keeps markup in a comment as plain text, exactly as typed", async () => {
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const body = "<img src=x onerror=alert(1)> and <script>alert(1)</script>";
    const { threadId } = await contributor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      prefix: "",
      body,
    });
    await contributor.comments.reply({ programmeSlug, threadId, body: `Reply: ${body}` });
    const stored = await db.comment.findMany({
      where: { threadId },
      orderBy: { createdAt: "asc" },
    });
    // Stored as characters; pages show it as text (see CommentBody), never as HTML.
    expect(stored.map((c) => c.body)).toEqual([body, `Reply: ${body}`]);
  });

  it("refuses empty, too long or unfindable comments with a clear message and changes nothing", async () => {
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const docBefore = Y.encodeStateAsUpdate(await sectionDoc(sectionId));
    const before = await counts();
    const base = { programmeSlug, sectionId, quote: sentence, prefix: "" };
    await expect(contributor.comments.createThread({ ...base, body: "   " })).rejects.toThrow(
      "Write your comment.",
    );
    await expect(
      contributor.comments.createThread({ ...base, body: "x".repeat(2001) }),
    ).rejects.toThrow("Use at most 2,000 characters for a comment.");
    await expect(
      contributor.comments.createThread({ ...base, quote: "  ", body: "Hello" }),
    ).rejects.toThrow("Select some words in the section to comment on.");
    await expect(
      contributor.comments.createThread({ ...base, quote: "Words not in the text", body: "Hi" }),
    ).rejects.toThrow(/could not find the words you selected/);
    expect(await counts()).toEqual(before);
    expect(Y.encodeStateAsUpdate(await sectionDoc(sectionId))).toEqual(docBefore);

    const { threadId } = await contributor.comments.createThread({ ...base, body: "Hello" });
    const afterThread = await counts();
    await expect(contributor.comments.reply({ programmeSlug, threadId, body: "" })).rejects.toThrow(
      "Write your comment.",
    );
    expect(await counts()).toEqual(afterThread);
  });

  it("refuses comments on archived sections", async () => {
    await db.section.update({ where: { id: sectionId }, data: { archivedAt: new Date() } });
    const editor = await callerFor(db, fixture.users.editor.id);
    await expect(
      editor.comments.createThread({ programmeSlug, sectionId, quote: sentence, body: "Hi" }),
    ).rejects.toThrow(/archived/);
    expect((await counts()).threads).toBe(0);
  });

  it("lets the thread's author or an editor resolve and reopen it, and no one else", async () => {
    const contributor = await callerFor(db, fixture.users.contributor.id);
    const { threadId } = await contributor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      body: "Please look at this.",
    });
    await contributor.comments.resolve({ programmeSlug, threadId, resolved: true });
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({
      status: "resolved",
      resolvedById: fixture.users.contributor.id,
    });
    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.comments.resolve({ programmeSlug, threadId, resolved: false });
    expect(await db.commentThread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({
      status: "open",
      resolvedById: null,
      resolvedAt: null,
    });

    // Another contributor did not start it, so may reply but not resolve it.
    const other = await db.user.create({
      data: { email: "other@example.org", name: "Other contributor", passwordHash: "x" },
    });
    await db.membership.create({
      data: { userId: other.id, programmeId: fixture.programme.id, role: "contributor" },
    });
    const otherCaller = await callerFor(db, other.id);
    await otherCaller.comments.reply({ programmeSlug, threadId, body: "Me too." });
    await expect(
      otherCaller.comments.resolve({ programmeSlug, threadId, resolved: true }),
    ).rejects.toThrow("Only the person who started this thread, or an editor, can resolve it.");
    const viewer = await callerFor(db, fixture.users.viewer.id);
    await expect(viewer.comments.reply({ programmeSlug, threadId, body: "Hi" })).rejects.toThrow(
      /does not allow/,
    );
    expect((await db.commentThread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe(
      "open",
    );
  });

  it("does not show or touch threads of another programme", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const { threadId } = await editor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      body: "Mine.",
    });
    const other = await createProgrammeFixture(db, "other-programme");
    const stranger = await callerFor(db, other.users.admin.id);
    await expect(
      stranger.comments.reply({ programmeSlug: "other-programme", threadId, body: "Hi" }),
    ).rejects.toThrow("We could not find that comment.");
    await expect(
      stranger.comments.threads({ programmeSlug: "other-programme", sectionId }),
    ).rejects.toThrow("We could not find that section.");
  });
});

describe("mentions", () => {
  it("notify programme members only, never the writer, with a link to the thread", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    const { threadId } = await editor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      body: "@Test facilitator and @Test outsider, what do you think?",
      mentions: [
        fixture.users.facilitator.id,
        fixture.users.outsider.id,
        fixture.users.editor.id,
        "no-such-user",
      ],
    });
    const notifications = await db.notification.findMany();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      userId: fixture.users.facilitator.id,
      kind: "mention",
      actorId: fixture.users.editor.id,
      text: "Test editor mentioned you in a comment on “Telling your story”",
      link: `/p/${programmeSlug}/toolbox/${sectionId}#thread-${threadId}`,
      readAt: null,
    });

    const facilitator = await callerFor(db, fixture.users.facilitator.id);
    expect(await facilitator.notifications.unreadCount()).toBe(1);
    const list = await facilitator.notifications.list();
    expect(list.unread).toBe(1);
    expect(list.items[0]!.programme.name).toBe("Test programme");
    expect(await facilitator.notifications.open({ notificationId: notifications[0]!.id })).toEqual({
      link: notifications[0]!.link,
    });
    expect(await facilitator.notifications.unreadCount()).toBe(0);

    // Replies notify too; others cannot open someone else's notification.
    await editor.comments.reply({
      programmeSlug,
      threadId,
      body: "@Test viewer?",
      mentions: [fixture.users.viewer.id],
    });
    const viewerNotification = await db.notification.findFirstOrThrow({
      where: { userId: fixture.users.viewer.id },
    });
    await expect(
      facilitator.notifications.open({ notificationId: viewerNotification.id }),
    ).rejects.toThrow("We could not find that notification.");
    const viewer = await callerFor(db, fixture.users.viewer.id);
    expect(await viewer.notifications.markAllRead()).toEqual({ count: 1 });
    expect(await viewer.notifications.unreadCount()).toBe(0);
  });

  it("are no longer shown once the person has left the programme", async () => {
    const editor = await callerFor(db, fixture.users.editor.id);
    await editor.comments.createThread({
      programmeSlug,
      sectionId,
      quote: sentence,
      body: "Hi",
      mentions: [fixture.users.viewer.id],
    });
    await db.membership.deleteMany({ where: { userId: fixture.users.viewer.id } });
    const viewer = await callerFor(db, fixture.users.viewer.id);
    expect(await viewer.notifications.unreadCount()).toBe(0);
    expect((await viewer.notifications.list()).items).toEqual([]);
  });
});
