// A context made for one HTTP request remembers each programme membership it looked up and each
// section it checked against the local version rule, so a page's several procedures check them
// once; any change made through it forgets them.
import { describe, expect, it } from "vitest";
import { createTestDb } from "./test/test-db.js";
import { callerFor, createProgrammeFixture } from "./test/fixtures.js";
import { createDraftLocalVersion, createPartnershipFixture } from "./test/delivery-fixtures.js";

describe("a one-request context", () => {
  it("looks a membership up once, and again after a change", async () => {
    const db = await createTestDb();
    const fixture = await createProgrammeFixture(db, "test-programme");
    const viewer = fixture.users.viewer;
    const caller = await callerFor(db, viewer.id, { oneRequest: true });
    const role = async () =>
      (await caller.programmes.get({ programmeSlug: "test-programme" })).myRole;
    expect(await role()).toBe("viewer");
    await db.membership.updateMany({ where: { userId: viewer.id }, data: { role: "editor" } });
    // Still the same request: the membership it looked up stands.
    expect(await role()).toBe("viewer");
    await caller.auth.updateName({ name: "Renamed viewer" });
    expect(await role()).toBe("editor");
    await db.$disconnect();
  });

  it("checks a section's local version rule once, and again after a change", async () => {
    const db = await createTestDb();
    const fixture = await createProgrammeFixture(db, "test-programme");
    const { partnership, section: core } = await createPartnershipFixture(db, fixture);
    const local = await createDraftLocalVersion(db, fixture, partnership.id, core);
    // The contributor is not in the partnership: the draft is not theirs to read.
    const caller = await callerFor(db, fixture.users.contributor.id, { oneRequest: true });
    const read = () =>
      caller.toolbox.section({ programmeSlug: "test-programme", sectionId: local.id });
    await expect(read()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.sectionVariant.updateMany({
      where: { variantSectionId: local.id },
      data: { status: "published" },
    });
    // Still the same request: the refusal it worked out stands.
    await expect(read()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await caller.auth.updateName({ name: "Renamed contributor" });
    expect((await read()).title).toBe("Aims (local)");
    await db.$disconnect();
  });
});
