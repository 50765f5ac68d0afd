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
import { draftLocalVersionCases, variantCases } from "./test/variant-matrix-cases.js";
import { addSuggestedInsertion } from "./test/suggestion-fixtures.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
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

/** A partner organisation of the programme. */
function partnerOrganisation(db: Db, f: Fixture) {
  return db.organisation.create({
    data: { programmeId: f.programme.id, name: "Northfield Trust", sector: "acute" },
  });
}

/** The contributor, named as release approver for a partner organisation. */
async function approverFixture(db: Db, f: Fixture) {
  const organisation = await partnerOrganisation(db, f);
  return db.releaseApprover.create({
    data: {
      toolboxId: f.toolbox.id,
      userId: f.users.contributor.id,
      organisationId: organisation.id,
    },
  });
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

type SessionRef = { programmeSlug: string; sessionId: string } | { code: string };
/** How a guest of the door cases stands: joined this session or another, access live or over. */
type GuestStanding = { joined: "this session" | "another session"; expired: boolean };

/**
 * A live action through the session door, called the member's way (programme and session) by
 * each actor, and the guest's way (the join code) by guests and by everyone else. `voterKey` is
 * the caller's, for cases that set up their own votes.
 */
function doorCase(
  name: string,
  allowed: Actor[],
  guests: "allowed" | "denied",
  call: (
    caller: Caller,
    session: SessionRef,
    s: AcademyFixture,
    db: Db,
    voterKey: string,
  ) => Promise<unknown>,
): Record<string, Case> {
  return {
    [`academy.${name}`]: {
      allowed,
      call: async (c, f, db, actor) => {
        const s = await createAcademySession(db, f.programme.id);
        await createGuest(db, s.session.id, GUEST_TOKEN);
        const userId = actor === "anonymous" ? null : f.users[actor].id;
        const ref = { programmeSlug: slug, sessionId: s.session.id };
        return call(c, ref, s, db, `user:${userId}`);
      },
      door: {
        guests,
        call: async (c, f, db, standing) => {
          const s = await createAcademySession(db, f.programme.id);
          const joined =
            standing.joined === "this session"
              ? s.session.id
              : (await createAcademySession(db, f.programme.id, { joinCode: "HJKMNP" })).session.id;
          const expiresAt = new Date(Date.now() + (standing.expired ? -1 : 1) * 60 * 60_000);
          const { guest } = await createGuest(db, joined, GUEST_TOKEN, expiresAt);
          return call(c, { code: "ACDEFG" }, s, db, `guest:${guest.id}`);
        },
      },
    },
  };
}

interface Case {
  allowed: Actor[];
  call: (caller: Caller, f: Fixture, db: Db, actor: Actor) => Promise<unknown>;
  /** For live actions: the same procedure with the session's code, as a guest calls it. */
  door?: {
    /** Whether a guest of the session, while their access lasts, may do it. */
    guests: "allowed" | "denied";
    call: (caller: Caller, f: Fixture, db: Db, standing: GuestStanding) => Promise<unknown>;
  };
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
  "invitations.mine": { allowed: signedIn, call: (c) => c.invitations.mine() },
  "invitations.acceptMine": {
    // Any signed-in person may accept an invitation to their own address from their account.
    allowed: signedIn,
    call: async (c, f, db, actor) => {
      const other = await db.programme.create({
        data: { slug: "other", name: "Other", description: "", population: 1 },
      });
      const email = actor === "anonymous" ? "nobody@example.org" : f.users[actor].email;
      const invitation = await db.invitation.create({
        data: {
          programmeId: other.id,
          email,
          role: "viewer",
          tokenHash: hashToken("accept-mine-please"),
          invitedById: f.users.admin.id,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return c.invitations.acceptMine({ invitationId: invitation.id });
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
        title: "Renamed",
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
    // For restoring them, which needs toolbox:edit; it also names archived draft local versions.
    allowed: editors,
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
  "governance.sectionStatus.set": {
    allowed: editors,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.governance.sectionStatus.set({
        programmeSlug: slug,
        sectionId: first.id,
        status: "in_review",
      });
    },
  },
  "governance.signOff.overview": {
    allowed: members,
    call: (c) => c.governance.signOff.overview({ programmeSlug: slug }),
  },
  "governance.signOff.changes": {
    allowed: members,
    call: async (c, f, db) => {
      await releaseFixture(db, f);
      return c.governance.signOff.changes({ programmeSlug: slug });
    },
  },
  "governance.signOff.setRule": {
    allowed: admins,
    call: (c) => c.governance.signOff.setRule({ programmeSlug: slug, rule: "all" }),
  },
  "governance.signOff.addApprover": {
    allowed: admins,
    call: async (c, f, db) => {
      const organisation = await partnerOrganisation(db, f);
      return c.governance.signOff.addApprover({
        programmeSlug: slug,
        userId: f.users.viewer.id,
        organisationId: organisation.id,
      });
    },
  },
  "governance.signOff.removeApprover": {
    allowed: admins,
    call: async (c, f, db) => {
      const approver = await approverFixture(db, f);
      return c.governance.signOff.removeApprover({ programmeSlug: slug, approverId: approver.id });
    },
  },
  // Open to every role, but only the named approver (the contributor here) gets through.
  "governance.signOff.review": {
    allowed: ["contributor"],
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      await db.section.update({ where: { id: first.id }, data: { status: "agreed" } });
      await approverFixture(db, f);
      return c.governance.signOff.review({ programmeSlug: slug, verdict: "approved" });
    },
  },
  "governance.decisionLog.list": {
    allowed: members,
    call: (c) => c.governance.decisionLog.list({ programmeSlug: slug }),
  },
  "governance.decisionLog.csv": {
    allowed: members,
    call: (c) => c.governance.decisionLog.csv({ programmeSlug: slug }),
  },
  "coProduction.section": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.coProduction.section({ programmeSlug: slug, sectionId: first.id });
    },
  },
  "coProduction.sections": {
    allowed: members,
    call: async (c, f, db) => {
      await toolboxFixture(db, f);
      return c.coProduction.sections({ programmeSlug: slug });
    },
  },
  "coProduction.release": {
    allowed: members,
    call: async (c, f, db) => {
      await releaseFixture(db, f);
      return c.coProduction.release({ programmeSlug: slug, version: "1.0" });
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
  "home.panels": { allowed: members, call: (c) => c.home.panels({ programmeSlug: slug }) },
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
  "notifications.emailPreference": {
    allowed: signedIn,
    call: (c) => c.notifications.emailPreference(),
  },
  "notifications.setEmailPreference": {
    allowed: signedIn,
    call: (c) => c.notifications.setEmailPreference({ email: false }),
  },
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
  // Live actions go through the session door: members name the session, guests its code.
  ...doorCase("live", members, "allowed", (c, session) => c.academy.live({ session })),
  ...doorCase("goTo", publishers, "denied", (c, session) => c.academy.goTo({ session, index: 1 })),
  ...doorCase("back", publishers, "denied", async (c, session, s, db) => {
    await db.academySession.update({
      where: { id: s.session.id },
      data: { previousActivityIndex: 0 },
    });
    return c.academy.back({ session });
  }),
  ...doorCase("setTimer", publishers, "denied", (c, session) =>
    c.academy.setTimer({ session, minutes: 5 }),
  ),
  ...doorCase("boardSettings", publishers, "denied", (c, session) =>
    c.academy.boardSettings({ session, locked: true, anonymousNotes: false }),
  ),
  ...doorCase("end", publishers, "denied", (c, session) => c.academy.end({ session })),
  ...doorCase("addNote", members, "allowed", (c, session) =>
    c.academy.addNote({ session, note: { text: "Idea", colour: "blue" } }),
  ),
  ...doorCase("moveNote", members, "allowed", (c, session, s) =>
    c.academy.moveNote({ session, noteId: s.note.id, clusterId: s.cluster.id }),
  ),
  ...doorCase("createCluster", members, "allowed", (c, session) =>
    c.academy.createCluster({ session, title: "Group" }),
  ),
  ...doorCase("startVoteRound", publishers, "denied", (c, session) =>
    c.academy.startVoteRound({
      session,
      rules: { budget: 3, onePerNote: false, anonymous: true, durationMinutes: null },
    }),
  ),
  ...doorCase("vote", members, "allowed", (c, session, s) =>
    c.academy.vote({ session, noteId: s.note.id }),
  ),
  ...doorCase("withdrawVote", members, "allowed", async (c, session, s, db, voterKey) => {
    await db.academyVote.create({
      data: { roundId: s.round.id, noteId: s.note.id, voterKey, voterName: "X" },
    });
    return c.academy.withdrawVote({ session, noteId: s.note.id });
  }),
  ...doorCase("revealVotes", publishers, "denied", (c, session) =>
    c.academy.revealVotes({ session }),
  ),
  ...doorCase("createOutput", publishers, "denied", (c, session, s) =>
    c.academy.createOutput({
      session,
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
  ...doorCase("evaluate", members, "allowed", (c, session) =>
    c.academy.evaluate({ session, evaluation: { rating: 4, comment: "" } }),
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
  "academy.sectionOutputs": {
    allowed: members,
    call: async (c, f, db) => {
      const { first } = await toolboxFixture(db, f);
      return c.academy.sectionOutputs({ programmeSlug: slug, sectionId: first.id });
    },
  },
  // Joining with a code: anyone may try (wrong codes count against the guess limit).
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
  "dev.outbox": { allowed: everyone, call: (c) => c.dev.outbox() },
  ...deliveryCases(slug),
  ...variantCases(slug),
};

/** A caller with the guest cookie (and no account), as a guest's browser is. */
async function guestCaller(db: Db) {
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
  return createCaller(ctx);
}

async function outcomeOf(call: Promise<unknown>) {
  return call.then(
    () => "allowed",
    (error: unknown) => {
      if (isAccessDenied(error)) return "denied";
      throw error; // Any other failure means the case itself is wrong.
    },
  );
}

// A guest of a session (cookie, no account) may take part in that session through the door,
// with its code, while their access lasts, and do nothing a member or a signed-in person may:
// they are treated as an anonymous visitor elsewhere.
describe("permission matrix for a Change Academy guest", () => {
  for (const [path, testCase] of Object.entries(MATRIX)) {
    const expected = testCase.allowed.includes("anonymous") ? "allowed" : "denied";
    it(`${path}: guest is ${expected}${testCase.door ? " the member's way" : ""}`, async () => {
      const db = await createTestDb();
      const fixture = await createProgrammeFixture(db, slug);
      const caller = await guestCaller(db);
      expect(await outcomeOf(testCase.call(caller, fixture, db, "anonymous"))).toBe(expected);
      await db.$disconnect();
    });
    const door = testCase.door;
    if (!door) continue;
    const standings: [GuestStanding, "allowed" | "denied"][] = [
      [{ joined: "this session", expired: false }, door.guests],
      [{ joined: "this session", expired: true }, "denied"],
      [{ joined: "another session", expired: false }, "denied"],
    ];
    for (const [standing, allowed] of standings) {
      const who = `a guest of ${standing.joined}${standing.expired ? " whose access is over" : ""}`;
      it(`${path} with the code: ${who} is ${allowed}`, async () => {
        const db = await createTestDb();
        const fixture = await createProgrammeFixture(db, slug);
        const caller = await guestCaller(db);
        expect(await outcomeOf(door.call(caller, fixture, db, standing))).toBe(allowed);
        await db.$disconnect();
      });
    }
  }
});

function isAccessDenied(error: unknown): boolean {
  if (!(error instanceof TRPCError)) return false;
  if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN") return true;
  // Outsiders are told a programme does not exist rather than that they may not see it.
  return error.code === "NOT_FOUND" && /could not find that programme/.test(error.message);
}

/** For each procedure in `cases`, one test per actor: allowed or denied, as the case says. */
function describeEveryActor(cases: Record<string, Case>) {
  for (const [path, testCase] of Object.entries(cases)) {
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
          expect(await outcomeOf(testCase.call(caller, fixture, db, actor))).toBe(expected);
          await db.$disconnect();
        });
        // The guest's way in (the code) needs the guest's cookie: an account is not enough.
        const door = testCase.door;
        if (door) {
          it(`${actor} with the code (no guest cookie) is denied`, async () => {
            const db = await createTestDb();
            const fixture = await createProgrammeFixture(db, slug);
            const caller = await callerFor(
              db,
              actor === "anonymous" ? null : fixture.users[actor].id,
            );
            const standing = { joined: "this session", expired: false } as const;
            expect(await outcomeOf(door.call(caller, fixture, db, standing))).toBe("denied");
            await db.$disconnect();
          });
        }
      }
    });
  }
}

describe("permission matrix", () => {
  it("lists every procedure of the router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(procedures);
  });

  describeEveryActor(MATRIX);
});

// The same people, on a partnership's draft local version: whatever their role allows on an
// ordinary section, only those who may change the draft get through.
describe("permission matrix on a draft local version", () => {
  describeEveryActor(draftLocalVersionCases(slug));
});
