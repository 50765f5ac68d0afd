// Change Academy through the router: guests stay inside their own session, votes keep to the
// budget, and the run state moves only as facilitators move it.
import { describe, expect, it } from "vitest";
import type { Db } from "@coproduce/db";
import { createCaller } from "../../router.js";
import { createContext } from "../../context.js";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture, storedDocuments } from "../../test/fixtures.js";
import { createAcademySession, createGuest } from "../../test/academy-fixtures.js";
import { createDraftLocalVersion, createPartnershipFixture } from "../../test/delivery-fixtures.js";
import { createSession } from "../../services/sessions.js";
import { boardDocumentName } from "@coproduce/shared/document-names";

const slug = "test-programme";

async function guestCaller(db: Db, token: string, now?: () => Date) {
  const ctx = await createContext({
    db,
    sessionToken: undefined,
    guestToken: token,
    ip: "127.0.0.1",
    secure: false,
    setCookie: () => {},
    devOutbox: false,
    documents: storedDocuments(db),
    now,
  });
  return createCaller(ctx);
}

describe("Change Academy", { timeout: 30_000 }, () => {
  it("lets a guest join by code and act only on that session", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const mine = await createAcademySession(db, f.programme.id, { joinCode: "ACDEFG" });
    const other = await createAcademySession(db, f.programme.id, { joinCode: "HJKMNP" });
    const cookies: string[] = [];
    const anonymous = await callerFor(db, null, { cookies });
    await anonymous.academyGuest.join({
      code: "acd efg",
      displayName: "Sam",
      stakeholderGroupKey: null,
      consent: true,
    });
    const token = /coproduce_guest=([^;]+)/.exec(cookies[0] ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(cookies[0]).toContain("Path=/join/ACDEFG");
    const guest = await guestCaller(db, token!);

    await guest.academy.addNote({
      session: { code: "ACDEFG" },
      note: { text: "Mine", colour: "pink" },
    });
    const live = await guest.academy.live({ session: { code: "ACDEFG" } });
    expect(live.notes.map((n) => n.text)).toContain("Mine");

    // Another session's code, notes and votes are out of reach.
    await expect(guest.academy.live({ session: { code: "HJKMNP" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      guest.academy.addNote({ session: { code: "HJKMNP" }, note: { text: "X", colour: "pink" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      guest.academy.vote({ session: { code: "ACDEFG" }, noteId: other.note.id }),
    ).rejects.toThrow(/could not find that note/);
    // Member procedures, the toolbox and the programme: a guest is not signed in.
    await expect(
      guest.academy.live({ session: { programmeSlug: slug, sessionId: mine.session.id } }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(guest.toolbox.outline({ programmeSlug: slug })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await db.academyNote.count({ where: { sessionId: other.session.id } })).toBe(1);
    await db.$disconnect();
  });

  it("refuses a guest after their access has expired", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const expiresAt = new Date(Date.now() + 60_000);
    await createGuest(db, session.id, "expiring-guest-token", expiresAt);
    const later = await guestCaller(
      db,
      "expiring-guest-token",
      () => new Date(expiresAt.getTime() + 1),
    );
    await expect(later.academy.live({ session: { code: "ACDEFG" } })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await db.$disconnect();
  });

  it("refuses a vote over the budget and keeps the votes already cast", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session, note } = await createAcademySession(db, f.programme.id, { budget: 2 });
    const member = await callerFor(db, f.users.contributor.id);
    const input = { session: { programmeSlug: slug, sessionId: session.id }, noteId: note.id };
    await member.academy.vote(input);
    await member.academy.vote(input);
    await expect(member.academy.vote(input)).rejects.toThrow("You have used all 2 of your votes.");
    // Two quick votes at once cannot both slip under the budget.
    await createGuest(db, session.id, "budget-guest-token");
    const guest = await guestCaller(db, "budget-guest-token");
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => guest.academy.vote({ session: { code: "ACDEFG" }, noteId: note.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await db.academyVote.count()).toBe(4);
    const live = await member.academy.live({
      session: { programmeSlug: slug, sessionId: session.id },
    });
    expect(live.round?.votesLeft).toBe(0);
    expect(live.notes[0]?.votes).toBeNull(); // not revealed yet
    await db.$disconnect();
  });

  it("keeps the votes in the record when the session ends before the results are revealed", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session, note } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const viewer = await callerFor(db, f.users.viewer.id);
    const ids = { programmeSlug: slug, sessionId: session.id };
    await viewer.academy.vote({ session: ids, noteId: note.id });
    await facilitator.academy.vote({ session: ids, noteId: note.id });
    const before = await viewer.academy.record(ids);
    expect(before.voteRounds[0]).toMatchObject({ revealed: false, results: [] });

    await facilitator.academy.end({ session: ids });
    const after = await viewer.academy.record(ids);
    expect(after.voteRounds[0]).toMatchObject({
      revealed: true,
      results: [{ note: note.text, votes: 2 }],
    });
    const markdown = await viewer.academy.exportRecord({ ...ids, format: "markdown" });
    expect(markdown).toContain(`- 2 × ${note.text}`);
    // Everyone's screen shows the counts too, and the round takes no more votes.
    const live = await viewer.academy.live({ session: ids });
    expect(live.round).toMatchObject({ open: false, revealed: true });
    expect(live.notes.find((n) => n.id === note.id)?.votes).toBe(2);
    await db.$disconnect();
  });

  it("tells every open screen when the live state changes, by a signal that is never stored", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session, note } = await createAcademySession(db, f.programme.id);
    await createGuest(db, session.id, "signal-guest-token");
    const signals: string[] = [];
    const documents = {
      ...storedDocuments(db),
      signal: (documentName: string, payload: string) => signals.push(`${documentName} ${payload}`),
    };
    const callerWith = async (options: { sessionToken: string | undefined; guestToken?: string }) =>
      createCaller(
        await createContext({
          db,
          ip: "127.0.0.1",
          secure: false,
          setCookie: () => {},
          devOutbox: false,
          documents,
          ...options,
        }),
      );
    const { token } = await createSession(db, f.users.facilitator.id, new Date());
    const facilitator = await callerWith({ sessionToken: token });
    const guest = await callerWith({ sessionToken: undefined, guestToken: "signal-guest-token" });
    const ids = { session: { programmeSlug: slug, sessionId: session.id } };
    const logged = () =>
      db.collabUpdate.count({ where: { documentName: boardDocumentName(session.id) } });
    const before = await logged();

    await facilitator.academy.goTo({ ...ids, index: 1 });
    await guest.academy.vote({ session: { code: "ACDEFG" }, noteId: note.id });
    await facilitator.academy.revealVotes(ids);
    expect(signals).toEqual(Array(3).fill(`${boardDocumentName(session.id)} live`));
    // Reading, refused changes and notes (which are changes to the board itself) signal nothing.
    await guest.academy.live({ session: { code: "ACDEFG" } });
    await expect(facilitator.academy.goTo({ ...ids, index: 9 })).rejects.toThrow(/no such/);
    await expect(guest.academy.goTo({ session: { code: "ACDEFG" }, index: 0 })).rejects.toThrow(
      "Only facilitators can do that.",
    );
    await guest.academy.addNote({
      session: { code: "ACDEFG" },
      note: { text: "Hi", colour: "blue" },
    });
    expect(signals).toHaveLength(3);
    // Only the note went into the board's log: signals are not stored.
    expect(await logged()).toBe(before + 2); // the board's first content, then the note
    await db.$disconnect();
  });

  it("moves the agenda forward and back, and refuses participants on a locked board", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const viewer = await callerFor(db, f.users.viewer.id);
    const ids = { programmeSlug: slug, sessionId: session.id };
    await facilitator.academy.goTo({ session: ids, index: 0 });
    await facilitator.academy.goTo({ session: ids, index: 1 });
    await facilitator.academy.setTimer({ session: ids, minutes: 5 });
    let live = await viewer.academy.live({ session: ids });
    expect(live.currentActivityIndex).toBe(1);
    expect(live.timerEndsAt).not.toBeNull();
    await facilitator.academy.back({ session: ids });
    live = await viewer.academy.live({ session: ids });
    expect(live.currentActivityIndex).toBe(0);
    await expect(viewer.academy.goTo({ session: ids, index: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await facilitator.academy.boardSettings({ session: ids, locked: true, anonymousNotes: false });
    await expect(
      viewer.academy.addNote({ session: ids, note: { text: "Late", colour: "blue" } }),
    ).rejects.toThrow(/locked/);
    await facilitator.academy.addNote({ session: ids, note: { text: "Summary", colour: "blue" } });
    await db.$disconnect();
  });

  it("shows an output linked to a section on that section, and exports the record", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session, note } = await createAcademySession(db, f.programme.id);
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
    const section = await db.section.create({
      data: { documentId: document.id, title: "Discharge", sortOrder: 0 },
    });
    const facilitator = await callerFor(db, f.users.facilitator.id);
    await facilitator.academy.createOutput({
      session: { programmeSlug: slug, sessionId: session.id },
      output: {
        kind: "action",
        title: "Ring, then visit",
        noteId: note.id,
        clusterId: null,
        ownerName: "Priya",
        dueDate: "2030-02-01",
        sectionId: section.id,
        partnershipId: null,
      },
    });
    const viewer = await callerFor(db, f.users.viewer.id);
    const linked = await viewer.academy.sectionOutputs({
      programmeSlug: slug,
      sectionId: section.id,
    });
    expect(linked.map((o) => o.title)).toEqual(["Ring, then visit"]);
    const csv = await viewer.academy.exportRecord({
      programmeSlug: slug,
      sessionId: session.id,
      format: "csv",
    });
    expect(csv).toContain('action,"Ring, then visit",Priya,2030-02-01,open,Discharge,');
    const markdown = await viewer.academy.exportRecord({
      programmeSlug: slug,
      sessionId: session.id,
      format: "markdown",
    });
    expect(markdown).toContain(
      "- action: Ring, then visit (owner Priya, due 2030-02-01, toolkit: Discharge)",
    );
    await db.$disconnect();
  });

  it("links outputs to core toolkit sections only, never to a partnership's local version", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    const { partnership, section: core } = await createPartnershipFixture(db, f);
    const local = await createDraftLocalVersion(db, f, partnership.id, core);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const targets = await facilitator.academy.outputTargets({ programmeSlug: slug });
    expect(targets.sections.map((s) => s.id)).not.toContain(local.id);
    const output = (sectionId: string) => ({
      kind: "action" as const,
      title: "Ring, then visit",
      noteId: null,
      clusterId: null,
      ownerName: "",
      dueDate: null,
      sectionId,
      partnershipId: null,
    });
    const ids = { programmeSlug: slug, sessionId: session.id };
    await expect(
      facilitator.academy.createOutput({ session: ids, output: output(local.id) }),
    ).rejects.toThrow(/Choose a note, group, section and partnership from this programme/);
    expect(await db.academyOutput.count({ where: { sessionId: session.id } })).toBe(0);
    await facilitator.academy.createOutput({ session: ids, output: output(core.id) });
    expect(await db.academyOutput.count({ where: { sectionId: core.id } })).toBe(1);
    await db.$disconnect();
  });

  it("keeps the board in its shared document, mirrors it into the rows, and asks attendees to evaluate", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session, note } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const viewer = await callerFor(db, f.users.viewer.id);
    const ids = { programmeSlug: slug, sessionId: session.id };
    await viewer.academy.join(ids);

    // The seeded note is on the board; a new one goes into the document, not yet the rows.
    const { id } = await viewer.academy.addNote({
      session: ids,
      note: { text: "Ring first", colour: "pink" },
    });
    const live = await viewer.academy.live({ session: ids });
    expect(live.notes.map((n) => n.text)).toEqual([note.text, "Ring first"]);
    expect(live.notes.find((n) => n.id === id)).toMatchObject({
      mine: true,
      author: "Test viewer",
    });
    expect(await db.academyNote.count({ where: { id } })).toBe(0);
    const group = await viewer.academy.createCluster({ session: ids, title: "Calls" });
    await viewer.academy.moveNote({ session: ids, noteId: id, clusterId: group.id });
    await expect(
      viewer.academy.moveNote({ session: ids, noteId: id, clusterId: "no-such-group" }),
    ).rejects.toThrow(/could not find that group/);

    // A vote on the new note brings the rows up to date first.
    await viewer.academy.vote({ session: ids, noteId: id });
    expect(await db.academyNote.findUnique({ where: { id } })).toMatchObject({
      text: "Ring first",
      clusterId: group.id,
      userId: f.users.viewer.id,
    });

    // Ending asks the member who took part (not the facilitator) for an evaluation.
    await facilitator.academy.end({ session: ids });
    const asked = await db.notification.findMany({ where: { kind: "evaluation" } });
    expect(asked.map((n) => n.userId)).toEqual([f.users.viewer.id]);
    expect(asked[0]!.link).toBe(`/p/${slug}/academy/${session.id}/live#evaluation`);
    await expect(
      viewer.academy.addNote({ session: ids, note: { text: "Too late", colour: "pink" } }),
    ).rejects.toThrow(/ended/);
    await db.$disconnect();
  });

  it("takes no more attendees than the capacity", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, slug);
    const { session } = await createAcademySession(db, f.programme.id);
    await db.academySession.update({ where: { id: session.id }, data: { capacity: 1 } });
    const viewer = await callerFor(db, f.users.viewer.id);
    await viewer.academy.join({ programmeSlug: slug, sessionId: session.id });
    await viewer.academy.join({ programmeSlug: slug, sessionId: session.id }); // no double count
    const anonymous = await callerFor(db, null);
    await expect(
      anonymous.academyGuest.join({
        code: "ACDEFG",
        displayName: "Sam",
        stakeholderGroupKey: null,
        consent: true,
      }),
    ).rejects.toThrow("This session is full.");
    expect(await db.academyAttendance.count()).toBe(1);
    expect(await db.academyGuest.count()).toBe(0);
    await db.$disconnect();
  });
});
