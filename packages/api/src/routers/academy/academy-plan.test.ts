// Planning a Change Academy session through the router: changing its details (UK time, the same
// rules as creating it, not after it has ended) and reordering its agenda.
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createAcademySession } from "../../test/academy-fixtures.js";

const slug = "test-programme";

const details = {
  title: "Discharge ideas, second go",
  purpose: "Hear from carers first.",
  startsAt: "2030-06-01T10:00",
  endsAt: "2030-06-01T12:30",
  place: "Town hall, room 2",
  onlineLink: "https://meet.example.org/abc",
  facilitators: "Priya and Tom",
  invited: "Ward 4 team\nCarers' forum",
  capacity: 30,
};

describe("Change Academy planning", { timeout: 30_000 }, () => {
  it("lets a facilitator change a session's details, read as UK time", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);

    await facilitator.academy.update({ programmeSlug: slug, sessionId: session.id, ...details });

    const saved = await db.academySession.findUniqueOrThrow({ where: { id: session.id } });
    expect(saved).toMatchObject({
      title: "Discharge ideas, second go",
      purpose: "Hear from carers first.",
      place: "Town hall, room 2",
      onlineLink: "https://meet.example.org/abc",
      facilitators: "Priya and Tom",
      invited: "Ward 4 team\nCarers' forum",
      capacity: 30,
      joinCode: session.joinCode,
    });
    // 10:00 on 1 June is British Summer Time, an hour ahead of UTC.
    expect(saved.startsAt.toISOString()).toBe("2030-06-01T09:00:00.000Z");
    expect(saved.endsAt.toISOString()).toBe("2030-06-01T11:30:00.000Z");

    // In winter UK time is GMT; an empty link and capacity clear them.
    await facilitator.academy.update({
      programmeSlug: slug,
      sessionId: session.id,
      ...details,
      startsAt: "2030-01-15T10:00",
      endsAt: "2030-01-15T11:00",
      onlineLink: "",
      capacity: null,
    });
    const winter = await db.academySession.findUniqueOrThrow({ where: { id: session.id } });
    expect(winter.startsAt.toISOString()).toBe("2030-01-15T10:00:00.000Z");
    expect(winter).toMatchObject({ onlineLink: null, capacity: null });
    await db.$disconnect();
  });

  it("refuses bad details with clear messages and changes nothing", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const update = (changes: Record<string, unknown>) =>
      facilitator.academy.update({
        programmeSlug: slug,
        sessionId: session.id,
        ...details,
        ...changes,
      } as typeof details & { programmeSlug: string; sessionId: string });

    await expect(update({ title: "  " })).rejects.toThrow("Enter a title.");
    await expect(update({ endsAt: "2030-06-01T09:00" })).rejects.toThrow(
      "The session must end after it starts.",
    );
    await expect(update({ startsAt: "next week" })).rejects.toThrow(
      "Enter the start date and time as a date and time.",
    );
    await expect(update({ startsAt: "2030-03-31T01:30" })).rejects.toThrow(
      "does not exist in UK time",
    );
    await expect(update({ onlineLink: "http://insecure.example" })).rejects.toThrow(
      "Online links start with https://.",
    );
    await expect(update({ capacity: 0 })).rejects.toThrow("The capacity must be at least 1.");
    await expect(update({ capacity: 2.5 })).rejects.toThrow(
      "Write the capacity as a whole number.",
    );

    // Fewer places than people already attending.
    await facilitator.academy.join({ programmeSlug: slug, sessionId: session.id });
    const editor = await callerFor(db, f.users.editor.id);
    await editor.academy.join({ programmeSlug: slug, sessionId: session.id });
    await expect(update({ capacity: 1 })).rejects.toThrow(
      "2 people are already attending, so the capacity must be at least 2.",
    );

    const unchanged = await db.academySession.findUniqueOrThrow({ where: { id: session.id } });
    expect(unchanged).toEqual(session);
    await db.$disconnect();
  });

  it("refuses changes once the session has ended, and to people who do not facilitate", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const contributor = await callerFor(db, f.users.contributor.id);
    const input = { programmeSlug: slug, sessionId: session.id, ...details };

    await expect(contributor.academy.update(input)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await facilitator.academy.end({ session: { programmeSlug: slug, sessionId: session.id } });
    await expect(facilitator.academy.update(input)).rejects.toThrow(
      "This session has ended, so its details can no longer be changed.",
    );

    // A session whose end time has passed has ended too, even if nobody pressed "End".
    const { session: lapsed } = await createAcademySession(db, f.programme.id, {
      joinCode: "HJKMNP",
      endsAt: new Date(Date.now() - 60_000),
    });
    await expect(facilitator.academy.update({ ...input, sessionId: lapsed.id })).rejects.toThrow(
      "This session has ended",
    );

    const after = await db.academySession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.title).toBe(session.title);
    await db.$disconnect();
  });

  it("moves an activity to any place in the agenda, as drag and drop does", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const ids = { programmeSlug: slug, sessionId: session.id };
    await facilitator.academy.addActivity({
      ...ids,
      activity: {
        kind: "break",
        title: "Tea",
        durationMinutes: 15,
        goals: "",
        materials: "",
        instructions: "",
      },
    });
    const order = async () =>
      (await facilitator.academy.session(ids)).activities.map((a) => a.title);
    const idOf = async (title: string) =>
      (await facilitator.academy.session(ids)).activities.find((a) => a.title === title)!.id;
    expect(await order()).toEqual(["Welcome", "Ideas", "Tea"]);

    await facilitator.academy.moveActivity({ ...ids, activityId: await idOf("Tea"), toIndex: 0 });
    expect(await order()).toEqual(["Tea", "Welcome", "Ideas"]);
    await facilitator.academy.moveActivity({ ...ids, activityId: await idOf("Tea"), toIndex: 2 });
    expect(await order()).toEqual(["Welcome", "Ideas", "Tea"]);
    // Past the end means last; the buttons still move one step.
    await facilitator.academy.moveActivity({
      ...ids,
      activityId: await idOf("Welcome"),
      toIndex: 99,
    });
    expect(await order()).toEqual(["Ideas", "Tea", "Welcome"]);
    await facilitator.academy.moveActivity({
      ...ids,
      activityId: await idOf("Welcome"),
      direction: "up",
    });
    expect(await order()).toEqual(["Ideas", "Welcome", "Tea"]);

    const plan = await facilitator.academy.session(ids);
    const minutesIn = plan.activities.map(
      (a) => (new Date(a.startsAt).getTime() - plan.startsAt.getTime()) / 60_000,
    );
    expect(minutesIn).toEqual([0, 20, 30]);

    const viewer = await callerFor(db, f.users.viewer.id);
    await expect(
      viewer.academy.moveActivity({ ...ids, activityId: await idOf("Tea"), toIndex: 0 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await order()).toEqual(["Ideas", "Welcome", "Tea"]);
    await db.$disconnect();
  });
});
