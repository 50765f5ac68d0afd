// A context made for one HTTP request remembers each programme membership it looked up and each
// section it checked against the local version rule, so a page's several procedures check them
// once; any change made through it forgets them.
import { describe, expect, it } from "vitest";
import { createCaller } from "./router.js";
import { createContext } from "./context.js";
import { createTestDb } from "./test/test-db.js";
import { createProgrammeFixture } from "./test/fixtures.js";
import { createPartnershipFixture } from "./test/delivery-fixtures.js";
import { createSession } from "./services/sessions.js";

describe("a one-request context", () => {
  it("looks a membership up once, and again after a change", async () => {
    const db = await createTestDb();
    const fixture = await createProgrammeFixture(db, "test-programme");
    const viewer = fixture.users.viewer;
    const { token } = await createSession(db, viewer.id, new Date());
    const context = await createContext({
      db,
      sessionToken: token,
      ip: "127.0.0.1",
      secure: false,
      setCookie: () => {},
      devOutbox: false,
      oneRequest: true,
    });
    const caller = createCaller(context);
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
    const local = await db.section.create({
      data: { documentId: core.documentId, title: "Aims (local)", sortOrder: 1 },
    });
    await db.sectionVariant.create({
      data: {
        programmeId: fixture.programme.id,
        partnershipId: partnership.id,
        coreSectionId: core.id,
        variantSectionId: local.id,
        baseText: "",
      },
    });
    // The contributor is not in the partnership: the draft is not theirs to read.
    const reader = fixture.users.contributor;
    const { token } = await createSession(db, reader.id, new Date());
    const context = await createContext({
      db,
      sessionToken: token,
      ip: "127.0.0.1",
      secure: false,
      setCookie: () => {},
      devOutbox: false,
      oneRequest: true,
    });
    const caller = createCaller(context);
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
