import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture, TEST_PASSWORD } from "../../test/fixtures.js";
import { INVITATION_DAYS } from "./invitations.js";
import { MENTION_MATCHES } from "./members.js";

let db: Db;
let fixture: Awaited<ReturnType<typeof createProgrammeFixture>>;
const programmeSlug = "test-programme";

beforeEach(async () => {
  db = await createTestDb();
  fixture = await createProgrammeFixture(db, programmeSlug);
});

async function invite(email: string, role: "editor" | "viewer" = "editor") {
  const admin = await callerFor(db, fixture.users.admin.id);
  const { link } = await admin.invitations.create({ programmeSlug, email, role });
  return link.split("/").pop()!;
}

describe("invitations", () => {
  it("adds the invited person to the programme with the role chosen", async () => {
    const token = await invite("New.Person@example.org");
    const outbox = await db.outboxMessage.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: "new.person@example.org" });

    const anon = await callerFor(db, null);
    expect(await anon.invitations.preview({ token })).toMatchObject({
      programmeName: "Test programme",
      role: "editor",
    });
    const user = await anon.auth.signUp({
      name: "New Person",
      email: "new.person@example.org",
      password: TEST_PASSWORD,
    });
    const invitee = await callerFor(db, user.id);
    expect(await invitee.invitations.accept({ token })).toEqual({ programmeSlug });
    expect(await invitee.programmes.get({ programmeSlug })).toMatchObject({ myRole: "editor" });

    await expect(invitee.invitations.accept({ token })).rejects.toThrow(/used already/);
  });

  it("refuses someone signed in with another email, and changes nothing", async () => {
    const token = await invite("someone.else@example.org");
    const viewer = await callerFor(db, fixture.users.outsider.id);
    await expect(viewer.invitations.accept({ token })).rejects.toThrow(
      /sent to someone.else@example.org/,
    );
    expect(await db.membership.count({ where: { userId: fixture.users.outsider.id } })).toBe(0);
  });

  it("refuses an expired invitation", async () => {
    const token = await invite("late@example.org");
    const user = await db.user.create({
      data: { email: "late@example.org", name: "Late", passwordHash: "x" },
    });
    const later = new Date(Date.now() + (INVITATION_DAYS + 1) * 86_400_000);
    const late = await callerFor(db, user.id, { now: () => later });
    await expect(late.invitations.accept({ token })).rejects.toThrow(/expired/);
  });

  it("refuses to invite someone who is already a member", async () => {
    const admin = await callerFor(db, fixture.users.admin.id);
    await expect(
      admin.invitations.create({
        programmeSlug,
        email: fixture.users.viewer.email,
        role: "editor",
      }),
    ).rejects.toThrow(/already in the programme/);
    expect(await db.invitation.count()).toBe(0);
  });
});

describe("members", () => {
  it("keeps at least one admin", async () => {
    const admin = await callerFor(db, fixture.users.admin.id);
    const own = await db.membership.findFirstOrThrow({ where: { userId: fixture.users.admin.id } });
    await expect(
      admin.members.changeRole({ programmeSlug, membershipId: own.id, role: "viewer" }),
    ).rejects.toThrow(/only admin/);
    await expect(admin.members.remove({ programmeSlug, membershipId: own.id })).rejects.toThrow(
      /only admin/,
    );
    expect((await db.membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe("admin");
  });

  it("shows email addresses only to admins", async () => {
    const viewer = await callerFor(db, fixture.users.viewer.id);
    const admin = await callerFor(db, fixture.users.admin.id);
    expect((await viewer.members.list({ programmeSlug })).every((m) => m.email === null)).toBe(
      true,
    );
    expect((await admin.members.list({ programmeSlug })).every((m) => m.email !== null)).toBe(true);
  });

  it("offers a few people to mention, by part of their name, from this programme only", async () => {
    const other = await createProgrammeFixture(db, "other-programme");
    await db.user.update({
      where: { id: other.users.viewer.id },
      data: { name: "Test editorial" },
    });
    const contributor = await callerFor(db, fixture.users.contributor.id);
    expect(await contributor.members.mentionable({ programmeSlug, query: "EDIT" })).toEqual([
      { id: fixture.users.editor.id, name: "Test editor" },
    ]);
    const everyone = await contributor.members.mentionable({ programmeSlug, query: "" });
    expect(everyone.length).toBeLessThanOrEqual(MENTION_MATCHES);
    expect(everyone.map((p) => p.name)).toEqual([...everyone.map((p) => p.name)].sort());
  });

  it("offers as section owners only the people who may edit the Toolbox", async () => {
    const viewer = await callerFor(db, fixture.users.viewer.id);
    const owners = await viewer.members.possibleOwners({ programmeSlug });
    expect(owners.total).toBe(3);
    expect(owners.people.map((o) => o.id).sort()).toEqual(
      [fixture.users.admin.id, fixture.users.facilitator.id, fixture.users.editor.id].sort(),
    );
    expect(owners.people.map((o) => o.name)).toEqual([...owners.people.map((o) => o.name)].sort());
    // A page that lists only a few asks for the names only when they fit.
    expect(await viewer.members.possibleOwners({ programmeSlug, listIfAtMost: 3 })).toEqual(owners);
    expect(await viewer.members.possibleOwners({ programmeSlug, listIfAtMost: 2 })).toEqual({
      people: [],
      total: 3,
    });
  });

  it("refuses an unknown role with a clear message", async () => {
    const admin = await callerFor(db, fixture.users.admin.id);
    const target = await db.membership.findFirstOrThrow({
      where: { userId: fixture.users.viewer.id },
    });
    await expect(
      // @ts-expect-error -- a hand-made request with a role that does not exist
      admin.members.changeRole({ programmeSlug, membershipId: target.id, role: "superuser" }),
    ).rejects.toThrow(/Choose a role from the list/);
  });

  it("tells someone who already has an account in the app, and lets them accept from their account", async () => {
    const outsider = fixture.users.outsider;
    await invite(outsider.email, "viewer");
    // One email (the invitation with its link), and a notification in the app.
    expect((await db.outboxMessage.findMany()).map((m) => m.to)).toEqual([outsider.email]);
    const person = await callerFor(db, outsider.id);
    const { items } = await person.notifications.list();
    expect(items).toMatchObject([
      {
        kind: "invitation",
        text: "Test admin invited you to join Test programme as viewer",
        link: "/account#invitations",
      },
    ]);
    const mine = await person.invitations.mine();
    expect(mine).toMatchObject([{ role: "viewer", programme: { name: "Test programme" } }]);

    // Nobody else can take it, even knowing its id.
    const viewer = await callerFor(db, fixture.users.viewer.id);
    expect(await viewer.invitations.mine()).toEqual([]);
    await expect(viewer.invitations.acceptMine({ invitationId: mine[0]!.id })).rejects.toThrow(
      "This invitation is no longer open.",
    );

    expect(await person.invitations.acceptMine({ invitationId: mine[0]!.id })).toEqual({
      programmeSlug,
    });
    expect(
      await db.membership.findFirst({
        where: { userId: outsider.id, programmeId: fixture.programme.id },
      }),
    ).toMatchObject({ role: "viewer" });
    expect(await person.invitations.mine()).toEqual([]);
    await expect(person.invitations.acceptMine({ invitationId: mine[0]!.id })).rejects.toThrow(
      "This invitation is no longer open.",
    );
  });
});
