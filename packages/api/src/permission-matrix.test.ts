// Calls every tRPC procedure as every role, as someone outside the programme and as an
// anonymous visitor, and checks that exactly the expected people are let through.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { ROLES, type Db, type Role } from "@coproduce/db";
import { appRouter, type Caller } from "./router.js";
import { createTestDb } from "./test/test-db.js";
import { callerFor, createProgrammeFixture, TEST_PASSWORD } from "./test/fixtures.js";
import { hashToken } from "./services/tokens.js";
import { deliveryCases } from "./test/delivery-matrix-cases.js";

type Actor = Role | "outsider" | "anonymous";
const ACTORS: Actor[] = [...ROLES, "outsider", "anonymous"];
type Fixture = Awaited<ReturnType<typeof createProgrammeFixture>>;

const everyone: Actor[] = ACTORS;
const signedIn: Actor[] = [...ROLES, "outsider"];
const members: Actor[] = [...ROLES];
const admins: Actor[] = ["admin"];
const editors: Actor[] = ["admin", "facilitator", "editor"];

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

interface Case {
  allowed: Actor[];
  call: (caller: Caller, f: Fixture, db: Db, actor: Actor) => Promise<unknown>;
}

const slug = "test-programme";

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
  "members.list": { allowed: members, call: (c) => c.members.list({ programmeSlug: slug }) },
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
  "dev.outbox": { allowed: everyone, call: (c) => c.dev.outbox() },
  ...deliveryCases(slug),
};

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
