// Calls every tRPC procedure as every role, as someone outside the programme and as an
// anonymous visitor, and checks that exactly the expected people are let through.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { ROLES, type Db, type Role } from "@coproduce/db";
import { appRouter, createCaller, type Caller } from "./router.js";
import { createContext } from "./context.js";
import { createTestDb } from "./test/test-db.js";
import {
  callerFor,
  createProgrammeFixture,
  storedDocuments,
  TEST_PASSWORD,
} from "./test/fixtures.js";
import { hashToken } from "./services/tokens.js";
import { createAcademySession, createGuest } from "./test/academy-fixtures.js";
import { deliveryCases } from "./test/delivery-matrix-cases.js";
import { addSuggestedInsertion } from "./test/suggestion-fixtures.js";
import { sectionDocumentName } from "./live-documents/document-names.js";
import { suggestionsInState } from "@coproduce/editor/headless";

type Actor = Role | "outsider" | "anonymous";
const ACTORS: Actor[] = [...ROLES, "outsider", "anonymous"];
type Fixture = Awaited<ReturnType<typeof createProgrammeFixture>>;

const everyone: Actor[] = ACTORS;
const signedIn: Actor[] = [...ROLES, "outsider"];
const members: Actor[] = [...ROLES];
const admins: Actor[] = ["admin"];
const editors: Actor[] = ["admin", "facilitator", "editor"];
const slug = "test-programme";
const commenters: Actor[] = ["admin", "facilitator", "editor", "contributor"];

/** A document with two top-level sections, for the toolbox cases. */
async function toolboxFixture(db: Db, f: Fixture) {
  const document = await db.document.create({
    data: {
      toolboxId: f.toolbox.id,
      kind: "toolkit",
      slug: "t",
      title: "T",
      summary: "",
      sortOrder: 0,
    },
  });
  const first = await db.section.create({
    data: { documentId: document.id, title: "First", sortOrder: 0 },
  });
  const second = await db.section.create({
    data: { documentId: document.id, title: "Second", sortOrder: 1 },
  });
  return { document, first, second };
}

/** A published release holding one agreed section. */
async function releaseFixture(db: Db, f: Fixture) {
  const { first } = await toolboxFixture(db, f);
  await db.section.update({ where: { id: first.id }, data: { status: "agreed" } });
  await db.toolboxRelease.create({
    data: {
      toolboxId: f.toolbox.id,
      version: "1.0",
      notes: "",
      sections: {
        create: {
          sectionId: first.id,
          documentSlug: "t",
          documentTitle: "T",
          documentKind: "toolkit",
          documentOrder: 0,
          position: 0,
          depth: 0,
          title: "First",
          text: "",
          html: "",
          markdown: "",
        },
      },
    },
  });
  return { first };
}

const publishers: Actor[] = ["admin", "facilitator"];
const moderators: Actor[] = ["admin", "facilitator"];

/** A piece of feedback waiting for moderation; returns its id. */
async function feedbackFixture(db: Db, f: Fixture) {
  const feedback = await db.feedback.create({
    data: {
      programmeId: f.programme.id,
      targetType: "programme",
      targetTitle: "Test programme",
      body: "Call 07700 900123",
      consentText: "I agree",
      trackTokenHash: `hash-${Math.random()}`,
      senderHash: "sender",
    },
  });
  return feedback.id;
}

const feedbackInput = {
  programmeSlug: slug,
  target: { type: "programme" as const },
  rating: 5,
  body: "Thank you",
  name: null,
  contact: null,
  stakeholderGroupKey: null,
  placeId: null,
  consent: true,
  honeypot: "",
};

/** A named version of a section, made by the programme's editor. */
async function namedVersionFor(db: Db, f: Fixture, sectionId: string) {
  const editor = await callerFor(db, f.users.editor.id);
  return editor.versions.create({ programmeSlug: slug, sectionId, name: "Earlier" });
}

/** A section with one open thread, started by the editor. */
async function commentFixture(db: Db, f: Fixture) {
  const { first } = await toolboxFixture(db, f);
  // The words comments quote: the section's live document is made from its stored text.
  await db.section.update({
    where: { id: first.id },
    data: { plainText: "People should tell their story once." },
  });
  const thread = await db.commentThread.create({
    data: { sectionId: first.id, quote: "People", authorId: f.users.editor.id },
  });
  await db.comment.create({
    data: { threadId: thread.id, authorId: f.users.editor.id, body: "First comment" },
  });
  return { section: first, thread };
}

/** A section whose live text holds a suggested insertion by `authorId` (the contributor's). */
async function suggestionFixture(db: Db, f: Fixture, authorId = f.users.contributor.id) {
  const { first } = await toolboxFixture(db, f);
  await db.section.update({ where: { id: first.id }, data: { plainText: "Care close to home." } });
  const documents = storedDocuments(db);
  await addSuggestedInsertion(documents, first.id, authorId, 5, "that is ");
  const state = await documents.read(sectionDocumentName(first.id));
  const [suggestion] = suggestionsInState(state!);
  return { section: first, suggestionId: suggestion!.suggestionId };
}

/** The suggester for a withdrawal case: the caller when they are a member. */
function authorFor(f: Fixture, actor: Actor) {
  return actor === "outsider" || actor === "anonymous" ? f.users.contributor.id : f.users[actor].id;
}

type AcademyFixture = Awaited<ReturnType<typeof createAcademySession>>;
const GUEST_TOKEN = "guest-token-for-the-matrix";

/** A case on a session of the programme (with a guest of it, for the guest cases). */
function academyCase(
  name: string,
  allowed: Actor[],
  call: (caller: Caller, s: AcademyFixture, db: Db, actor: Actor) => Promise<unknown>,
): Record<string, Case> {
  return {
    [`academy.${name}`]: {
      allowed,
      call: async (c, f, db, actor) => {
        const s = await createAcademySession(db, f.programme.id);
        await createGuest(db, s.session.id, GUEST_TOKEN);
        return call(c, s, db, actor);
      },
    },
  };
}

/** A guest procedure: no member, outsider or anonymous visitor gets through without the cookie. */
function guestCase(
  name: string,
  call: (caller: Caller, s: AcademyFixture, db: Db) => Promise<unknown>,
): Record<string, Case> {
  return {
    [`academyGuest.${name}`]: {
      allowed: [],
      call: async (c, f, db) => {
        const s = await createAcademySession(db, f.programme.id);
        await createGuest(db, s.session.id, GUEST_TOKEN);
        return call(c, s, db);
      },
    },
  };
}

interface Case {
  allowed: Actor[];
  call: (caller: Caller, f: Fixture, db: Db, actor: Actor) => Promise<unknown>;
}

const MATRIX: Record<string, Case> = {
  "auth.me": { allowed: everyone, call: (c) => c.auth.me() },
  "auth.signUp": {
    allowed: everyone,
    call: (c, _f, _db, actor) =>
      c.auth.signUp({ name: "New", email: `new-${actor}@example.org`, password: TEST_PASSWORD }),
  },
  "auth.signIn": {
    allowed: everyone,
    call: (c, f) => c.auth.signIn({ email: f.users.viewer.email, password: TEST_PASSWORD }),
  },
  "auth.signOut": { allowed: everyone, call: (c) => c.auth.signOut() },
  "auth.requestPasswordReset": {
    allowed: everyone,
    call: (c) => c.auth.requestPasswordReset({ email: "someone@example.org" }),
  },
  "auth.resetPasswordTokenValid": {
    allowed: everyone,
    call: (c) => c.auth.resetPasswordTokenValid({ token: "0123456789abcdef" }),
  },
  "auth.resetPassword": {
    allowed: everyone,
    call: async (c, f, db) => {
      await db.passwordResetToken.create({
        data: {
          userId: f.users.viewer.id,
          tokenHash: hashToken("reset-token-for-matrix"),
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return c.auth.resetPassword({ token: "reset-token-for-matrix", password: TEST_PASSWORD });
    },
  },
  "auth.updateName": { allowed: signedIn, call: (c) => c.auth.updateName({ name: "Renamed" }) },
  "programmes.mine": { allowed: signedIn, call: (c) => c.programmes.mine() },
  "programmes.get": { allowed: members, call: (c) => c.programmes.get({ programmeSlug: slug }) },
  "programmes.counts": {
    allowed: members,
    call: (c) => c.programmes.counts({ programmeSlug: slug }),
  },
  "members.list": { allowed: members, call: (c) => c.members.list({ programmeSlug: slug }) },
  "members.possibleOwners": {
    allowed: members,
    call: (c) => c.members.possibleOwners({ programmeSlug: slug }),
  },
  "members.mentionable": {
    allowed: members,
    call: (c) => c.members.mentionable({ programmeSlug: slug, query: "a" }),
  },
  "members.changeRole": {
    allowed: admins,
    call: async (c, f, db) => {
      const target = await db.membership.findFirstOrThrow({
        where: { userId: f.users.viewer.id },
      });
      return c.members.changeRole({
        programmeSlug: slug,
        membershipId: target.id,
        role: "contributor",
      });
    },
  },
  "members.remove": {
    allowed: admins,
    call: async (c, f, db) => {
      const target = await db.membership.findFirstOrThrow({
        where: { userId: f.users.contributor.id },
      });
      return c.members.remove({ programmeSlug: slug, membershipId: target.id });
    },
  },
  "invitations.list": {
    allowed: admins,
    call: (c) => c.invitations.list({ programmeSlug: slug }),
  },
  "invitations.create": {
    allowed: admins,
    call: (c) =>
      c.invitations.create({ programmeSlug: slug, email: "invitee@example.org", role: "editor" }),
  },
  "invitations.revoke": {
    allowed: admins,
    call: async (c, f, db) => {
      const invitation = await db.invitation.create({
        data: {
          programmeId: f.programme.id,
          email: "x@example.org",
          role: "viewer",
          tokenHash: hashToken("revoke-me-please"),
          invitedById: f.users.admin.id,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return c.invitations.revoke({ programmeSlug: slug, invitationId: invitation.id });
    },
  },
  "invitations.preview": {
    allowed: everyone,
    call: async (c, f, db) => {
      await db.invitation.create({
        data: {
          programmeId: f.programme.id,
          email: "x@example.org",
          role: "viewer",
          tokenHash: hashToken("preview-me-please"),
          invitedById: f.users.admin.id,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return c.invitations.preview({ token: "preview-me-please" });
    },
  },
  "invitations.accept": {
    // Any signed-in person may accept an invitation addressed to them.
    allowed: signedIn,
    call: async (c, f, db, actor) => {
      const other = await db.programme.create({
        data: { slug: "other", name: "Other", description: "", population: 1 },
      });
      const email = actor === "anonymous" ? "nobody@example.org" : f.users[actor].email;
      await db.invitation.create({
        data: {
          programmeId: other.id,
          email,
          role: "viewer",
          tokenHash: hashToken("accept-me-please"),
          invitedById: f.users.admin.id,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return c.invitations.accept({ token: "accept-me-please" });
    },
  },
  "versions.list": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.versions.list({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "versions.compare": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      const version = await namedVersionFor(db, f, first.id);
      return c.versions.compare({
        programmeSlug: slug,
        sectionId: first.id,
        from: version.id,
        to: "current",
      });
    },
  },
  "versions.create": {
    allowed: editors,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.versions.create({ programmeSlug: slug, sectionId: first.id, name: "Draft 1" });
    },
  },
  "versions.restore": {
    allowed: editors,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      const version = await namedVersionFor(db, f, first.id);
      return c.versions.restore({
        programmeSlug: slug,
        sectionId: first.id,
        versionId: version.id,
      });
    },
  },
  "search.query": {
    allowed: members,
    call: (c) => c.search.query({ programmeSlug: slug, q: "test" }),
  },
  "toolbox.outline": { allowed: members, call: (c) => c.toolbox.outline({ programmeSlug: slug }) },
  "toolbox.section": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.toolbox.section({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "toolbox.createSection": {
    allowed: editors,
    call: async (c, f, db) => {
      const { document } = await toolboxFixture(db, f);
      return c.toolbox.createSection({
        programmeSlug: slug,
        documentId: document.id,
        title: "New",
      });
    },
  },
  "toolbox.updateSection": {
    allowed: editors,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.toolbox.updateSection({
        programmeSlug: slug,
        sectionId: first.id,
        status: "agreed",
      });
    },
  },
  "toolbox.moveSection": {
    allowed: editors,
    call: async (c, f, db) => {
      const { second } = await toolboxFixture(db, f);
      return c.toolbox.moveSection({ programmeSlug: slug, sectionId: second.id, direction: "up" });
    },
  },
  "toolbox.archiveSection": {
    allowed: editors,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.toolbox.archiveSection({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "toolbox.archivedSections": {
    allowed: members,
    call: (c) => c.toolbox.archivedSections({ programmeSlug: slug }),
  },
  "partnerships.list": {
    allowed: members,
    call: (c) => c.partnerships.list({ programmeSlug: slug }),
  },
  "publishing.overview": {
    allowed: members,
    call: (c) => c.publishing.overview({ programmeSlug: slug }),
  },
  "publishing.publish": {
    allowed: publishers,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      await db.section.update({ where: { id: first.id }, data: { status: "agreed" } });
      return c.publishing.publish({ programmeSlug: slug, version: "1.0", notes: "" });
    },
  },
  "publishing.sectionStatus": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await releaseFixture(db, f);
      return c.publishing.sectionStatus({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "publicToolbox.published": { allowed: everyone, call: (c) => c.publicToolbox.published() },
  "publicToolbox.frontDoor": { allowed: everyone, call: (c) => c.publicToolbox.frontDoor() },
  "publicToolbox.release": {
    allowed: everyone,
    call: async (c, f, db) => {
      await releaseFixture(db, f);
      return c.publicToolbox.release({ programmeSlug: slug });
    },
  },
  "publicToolbox.section": {
    allowed: everyone,
    call: async (c, f, db) => {
      const { first } = await releaseFixture(db, f);
      return c.publicToolbox.section({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "publicToolbox.export": {
    allowed: everyone,
    call: async (c, f, db) => {
      await releaseFixture(db, f);
      return c.publicToolbox.export({ programmeSlug: slug, version: "1.0" });
    },
  },
  "feedback.formOptions": {
    allowed: everyone,
    call: (c) => c.feedback.formOptions({ programmeSlug: slug, target: { type: "programme" } }),
  },
  "feedback.submit": { allowed: everyone, call: (c) => c.feedback.submit(feedbackInput) },
  "feedback.track": {
    allowed: everyone,
    call: async (c) => {
      const { trackToken } = await c.feedback.submit(feedbackInput);
      return c.feedback.track({ token: trackToken });
    },
  },
  "feedback.published": {
    allowed: everyone,
    call: (c) => c.feedback.published({ programmeSlug: slug }),
  },
  "feedbackModeration.queue": {
    allowed: moderators,
    call: (c) => c.feedbackModeration.queue({ programmeSlug: slug, view: "pending" }),
  },
  "feedbackModeration.item": {
    allowed: moderators,
    call: async (c, f, db) =>
      c.feedbackModeration.item({ programmeSlug: slug, feedbackId: await feedbackFixture(db, f) }),
  },
  "feedbackModeration.prepare": {
    allowed: moderators,
    call: async (c, f, db) =>
      c.feedbackModeration.prepare({
        programmeSlug: slug,
        feedbackId: await feedbackFixture(db, f),
        publicBody: "Call [phone number removed]",
        themes: "Access",
        ownerId: null,
      }),
  },
  "feedbackModeration.decide": {
    allowed: moderators,
    call: async (c, f, db) =>
      c.feedbackModeration.decide({
        programmeSlug: slug,
        feedbackId: await feedbackFixture(db, f),
        decision: "approve",
      }),
  },
  "feedbackModeration.respond": {
    allowed: moderators,
    call: async (c, f, db) =>
      c.feedbackModeration.respond({
        programmeSlug: slug,
        feedbackId: await feedbackFixture(db, f),
        status: "being_considered",
        response: "We are looking at this.",
        change: "",
      }),
  },
  "representation.report": {
    allowed: members,
    call: (c) => c.representation.report({ programmeSlug: slug }),
  },
  "representation.setTargets": {
    allowed: admins,
    call: async (c, _f, db) => {
      await db.stakeholderGroup.create({
        data: { key: "carer", name: "Carer", description: "", sortOrder: 0 },
      });
      return c.representation.setTargets({
        programmeSlug: slug,
        targets: [{ stakeholderGroupKey: "carer", targetPercent: 20 }],
      });
    },
  },
  "comments.threads": {
    allowed: members,
    call: async (c, f, db) => {
      const { section } = await commentFixture(db, f);
      return c.comments.threads({ programmeSlug: slug, sectionId: section.id });
    },
  },
  "comments.createThread": {
    allowed: commenters,
    call: async (c, f, db) => {
      const { section } = await commentFixture(db, f);
      return c.comments.createThread({
        programmeSlug: slug,
        sectionId: section.id,
        quote: "People should tell their story once.",
        prefix: "",
        body: "Yes, and only once.",
        mentions: [],
      });
    },
  },
  "comments.reply": {
    allowed: commenters,
    call: async (c, f, db) => {
      const { thread } = await commentFixture(db, f);
      return c.comments.reply({ programmeSlug: slug, threadId: thread.id, body: "Agreed." });
    },
  },
  "comments.resolve": {
    // The thread was started by the editor: others may resolve it only as editors and up.
    allowed: editors,
    call: async (c, f, db) => {
      const { thread } = await commentFixture(db, f);
      return c.comments.resolve({ programmeSlug: slug, threadId: thread.id, resolved: true });
    },
  },
  "suggestions.list": {
    allowed: members,
    call: async (c, f, db) => {
      const { section } = await suggestionFixture(db, f);
      return c.suggestions.list({ programmeSlug: slug, sectionId: section.id });
    },
  },
  "suggestions.decide": {
    allowed: editors,
    call: async (c, f, db) => {
      const { section, suggestionId } = await suggestionFixture(db, f);
      return c.suggestions.decide({
        programmeSlug: slug,
        sectionId: section.id,
        suggestionId,
        accept: true,
      });
    },
  },
  "suggestions.decideAllBy": {
    allowed: editors,
    call: async (c, f, db) => {
      const { section } = await suggestionFixture(db, f);
      return c.suggestions.decideAllBy({
        programmeSlug: slug,
        sectionId: section.id,
        authorId: f.users.contributor.id,
        accept: false,
      });
    },
  },
  "suggestions.withdraw": {
    // Each person withdraws a suggestion of their own.
    allowed: commenters,
    call: async (c, f, db, actor) => {
      const { section, suggestionId } = await suggestionFixture(db, f, authorFor(f, actor));
      return c.suggestions.withdraw({ programmeSlug: slug, sectionId: section.id, suggestionId });
    },
  },
  "notifications.list": { allowed: signedIn, call: (c) => c.notifications.list() },
  "notifications.unreadCount": { allowed: signedIn, call: (c) => c.notifications.unreadCount() },
  "notifications.markAllRead": { allowed: signedIn, call: (c) => c.notifications.markAllRead() },
  "notifications.open": {
    // Everyone signed in may open their own notifications (the anonymous caller has none).
    allowed: signedIn,
    call: async (c, f, db, actor) => {
      const userId = actor === "anonymous" ? f.users.viewer.id : f.users[actor].id;
      const programme = await db.programme.create({
        data: { slug: "other", name: "Other", description: "", population: 1 },
      });
      await db.membership.create({ data: { userId, programmeId: programme.id, role: "viewer" } });
      const notification = await db.notification.create({
        data: { userId, programmeId: programme.id, kind: "mention", text: "Hi", link: "/" },
      });
      return c.notifications.open({ notificationId: notification.id });
    },
  },

  // ---------- Change Academy ----------
  "academy.list": { allowed: members, call: (c) => c.academy.list({ programmeSlug: slug }) },
  "academy.create": {
    allowed: publishers,
    call: (c) =>
      c.academy.create({
        programmeSlug: slug,
        title: "Workshop",
        purpose: "",
        startsAt: "2030-01-01T10:00:00Z",
        endsAt: "2030-01-01T12:00:00Z",
        place: "Online",
        onlineLink: "",
        facilitators: "",
        invited: "",
        capacity: null,
        anonymousNotes: false,
        template: "ebcd",
      }),
  },
  ...academyCase("update", publishers, (c, s) =>
    c.academy.update({
      programmeSlug: slug,
      sessionId: s.session.id,
      title: "Renamed workshop",
      purpose: "",
      startsAt: "2030-06-01T10:00",
      endsAt: "2030-06-01T12:00",
      place: "Library",
      onlineLink: "",
      facilitators: "",
      invited: "",
      capacity: null,
    }),
  ),
  ...academyCase("session", members, (c, s) =>
    c.academy.session({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("addActivity", publishers, (c, s) =>
    c.academy.addActivity({
      programmeSlug: slug,
      sessionId: s.session.id,
      activity: {
        kind: "break",
        title: "Tea",
        durationMinutes: 10,
        goals: "",
        materials: "",
        instructions: "",
      },
    }),
  ),
  ...academyCase("moveActivity", publishers, (c, s) =>
    c.academy.moveActivity({
      programmeSlug: slug,
      sessionId: s.session.id,
      activityId: s.activities[0]!.id,
      direction: "down",
    }),
  ),
  ...academyCase("removeActivity", publishers, (c, s) =>
    c.academy.removeActivity({
      programmeSlug: slug,
      sessionId: s.session.id,
      activityId: s.activities[0]!.id,
    }),
  ),
  ...academyCase("join", members, (c, s) =>
    c.academy.join({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("live", members, (c, s) =>
    c.academy.live({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("goTo", publishers, (c, s) =>
    c.academy.goTo({ programmeSlug: slug, sessionId: s.session.id, index: 1 }),
  ),
  ...academyCase("back", publishers, async (c, s, db) => {
    await db.academySession.update({
      where: { id: s.session.id },
      data: { previousActivityIndex: 0 },
    });
    return c.academy.back({ programmeSlug: slug, sessionId: s.session.id });
  }),
  ...academyCase("setTimer", publishers, (c, s) =>
    c.academy.setTimer({ programmeSlug: slug, sessionId: s.session.id, minutes: 5 }),
  ),
  ...academyCase("boardSettings", publishers, (c, s) =>
    c.academy.boardSettings({
      programmeSlug: slug,
      sessionId: s.session.id,
      locked: true,
      anonymousNotes: false,
    }),
  ),
  ...academyCase("end", publishers, (c, s) =>
    c.academy.end({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("addNote", members, (c, s) =>
    c.academy.addNote({
      programmeSlug: slug,
      sessionId: s.session.id,
      note: { text: "Idea", colour: "blue" },
    }),
  ),
  ...academyCase("moveNote", members, (c, s) =>
    c.academy.moveNote({
      programmeSlug: slug,
      sessionId: s.session.id,
      noteId: s.note.id,
      clusterId: s.cluster.id,
    }),
  ),
  ...academyCase("createCluster", members, (c, s) =>
    c.academy.createCluster({ programmeSlug: slug, sessionId: s.session.id, title: "Group" }),
  ),
  ...academyCase("startVoteRound", publishers, (c, s) =>
    c.academy.startVoteRound({
      programmeSlug: slug,
      sessionId: s.session.id,
      rules: { budget: 3, onePerNote: false, anonymous: true, durationMinutes: null },
    }),
  ),
  ...academyCase("vote", members, (c, s) =>
    c.academy.vote({ programmeSlug: slug, sessionId: s.session.id, noteId: s.note.id }),
  ),
  ...academyCase("withdrawVote", members, async (c, s, db, actor) => {
    const user = await db.user.findFirst({ where: { email: `${actor}@${slug}.test` } });
    await db.academyVote.create({
      data: {
        roundId: s.round.id,
        noteId: s.note.id,
        voterKey: `user:${user?.id}`,
        voterName: "X",
      },
    });
    return c.academy.withdrawVote({
      programmeSlug: slug,
      sessionId: s.session.id,
      noteId: s.note.id,
    });
  }),
  ...academyCase("revealVotes", publishers, (c, s) =>
    c.academy.revealVotes({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("createOutput", publishers, (c, s) =>
    c.academy.createOutput({
      programmeSlug: slug,
      sessionId: s.session.id,
      output: {
        kind: "idea",
        title: "Ring first",
        noteId: s.note.id,
        clusterId: null,
        ownerName: null,
        dueDate: null,
        sectionId: null,
        partnershipId: null,
      },
    }),
  ),
  ...academyCase("setOutputStatus", publishers, async (c, s, db) => {
    const output = await db.academyOutput.create({
      data: { sessionId: s.session.id, kind: "action", title: "Do it" },
    });
    return c.academy.setOutputStatus({
      programmeSlug: slug,
      sessionId: s.session.id,
      outputId: output.id,
      status: "done",
    });
  }),
  "academy.outputTargets": {
    allowed: publishers,
    call: (c) => c.academy.outputTargets({ programmeSlug: slug }),
  },
  ...academyCase("record", members, (c, s) =>
    c.academy.record({ programmeSlug: slug, sessionId: s.session.id }),
  ),
  ...academyCase("exportRecord", members, (c, s) =>
    c.academy.exportRecord({ programmeSlug: slug, sessionId: s.session.id, format: "csv" }),
  ),
  ...academyCase("evaluate", members, (c, s) =>
    c.academy.evaluate({
      programmeSlug: slug,
      sessionId: s.session.id,
      evaluation: { rating: 4, comment: "" },
    }),
  ),
  "academy.sectionOutputs": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.academy.sectionOutputs({ programmeSlug: slug, sectionId: first.id });
    },
  },
  // Guest procedures: only a guest of the session (see the guest cases below) gets through.
  "academyGuest.joinInfo": {
    allowed: everyone,
    call: async (c, f, db) => {
      await createAcademySession(db, f.programme.id);
      return c.academyGuest.joinInfo({ code: "acdefg" });
    },
  },
  "academyGuest.join": {
    allowed: everyone,
    call: async (c, f, db) => {
      await createAcademySession(db, f.programme.id);
      return c.academyGuest.join({
        code: "ACDEFG",
        displayName: "Sam",
        stakeholderGroupKey: null,
        consent: true,
      });
    },
  },
  ...guestCase("live", (c) => c.academyGuest.live({ code: "ACDEFG" })),
  ...guestCase("addNote", (c) =>
    c.academyGuest.addNote({ code: "ACDEFG", note: { text: "Idea", colour: "pink" } }),
  ),
  ...guestCase("moveNote", (c, s) =>
    c.academyGuest.moveNote({ code: "ACDEFG", noteId: s.note.id, clusterId: s.cluster.id }),
  ),
  ...guestCase("createCluster", (c) =>
    c.academyGuest.createCluster({ code: "ACDEFG", title: "Group" }),
  ),
  ...guestCase("vote", (c, s) => c.academyGuest.vote({ code: "ACDEFG", noteId: s.note.id })),
  ...guestCase("withdrawVote", async (c, s, db) => {
    const guest = await db.academyGuest.findUnique({
      where: { tokenHash: hashToken(GUEST_TOKEN) },
    });
    await db.academyVote.create({
      data: {
        roundId: s.round.id,
        noteId: s.note.id,
        voterKey: `guest:${guest?.id}`,
        voterName: "G",
      },
    });
    return c.academyGuest.withdrawVote({ code: "ACDEFG", noteId: s.note.id });
  }),
  ...guestCase("evaluate", (c) =>
    c.academyGuest.evaluate({ code: "ACDEFG", evaluation: { rating: 5, comment: "" } }),
  ),
  "dev.outbox": { allowed: everyone, call: (c) => c.dev.outbox() },
  ...deliveryCases(slug),
};

// A guest of a session (cookie, no account) may use the guest procedures for that session and
// nothing a member or a signed-in person may: they are treated as an anonymous visitor elsewhere.
describe("permission matrix for a Change Academy guest", () => {
  for (const [path, testCase] of Object.entries(MATRIX)) {
    const expected =
      path.startsWith("academyGuest.") || testCase.allowed.includes("anonymous")
        ? "allowed"
        : "denied";
    it(`${path}: guest is ${expected}`, async () => {
      const db = await createTestDb();
      const fixture = await createProgrammeFixture(db, slug);
      const ctx = await createContext({
        db,
        sessionToken: undefined,
        guestToken: GUEST_TOKEN,
        ip: "127.0.0.1",
        secure: false,
        setCookie: () => {},
        devOutbox: true,
        documents: storedDocuments(db),
      });
      const outcome = await testCase.call(createCaller(ctx), fixture, db, "anonymous").then(
        () => "allowed",
        (error: unknown) => {
          if (isAccessDenied(error)) return "denied";
          throw error;
        },
      );
      expect(outcome).toBe(expected);
      await db.$disconnect();
    });
  }
});

function isAccessDenied(error: unknown): boolean {
  if (!(error instanceof TRPCError)) return false;
  if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN") return true;
  // Outsiders are told a programme does not exist rather than that they may not see it.
  return error.code === "NOT_FOUND" && /could not find that programme/.test(error.message);
}

describe("permission matrix", () => {
  it("lists every procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(procedures);
  });

  for (const [path, testCase] of Object.entries(MATRIX)) {
    describe(path, () => {
      for (const actor of ACTORS) {
        const expected = testCase.allowed.includes(actor) ? "allowed" : "denied";
        it(`${actor} is ${expected}`, async () => {
          const db = await createTestDb();
          const fixture = await createProgrammeFixture(db, slug);
          const caller = await callerFor(
            db,
            actor === "anonymous" ? null : fixture.users[actor].id,
          );
          const outcome = await testCase.call(caller, fixture, db, actor).then(
            () => "allowed",
            (error: unknown) => {
              if (isAccessDenied(error)) return "denied";
              throw error; // Any other failure means the case itself is wrong.
            },
          );
          expect(outcome).toBe(expected);
          await db.$disconnect();
        });
      }
    });
  }
});
