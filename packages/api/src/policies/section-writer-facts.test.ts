// The one statement read for every change to a section's live document, on SQLite and (with
// `npm run test:postgresql`) on PostgreSQL, and the rules that use it.
import { afterEach, describe, expect, it } from "vitest";
import { ROLES, type Db } from "@coproduce/db";
import { createProgrammeFixture, createToolkitDocument } from "../test/fixtures.js";
import { createDraftLocalVersion, createPartnershipFixture } from "../test/delivery-fixtures.js";
import { createTestDb } from "../test/test-db.js";
import { readSectionWriterFacts } from "./section-writer-facts.js";
import { variantChangeRefusal } from "./variant-access.js";

let db: Db | undefined;
afterEach(() => db?.$disconnect());

async function setup() {
  db = await createTestDb();
  const f = await createProgrammeFixture(db);
  const document = await createToolkitDocument(db, f.toolbox.id);
  const section = await db.section.create({
    data: { documentId: document.id, title: "Aims", sortOrder: 0 },
  });
  return { db, f, section };
}

describe("what is read about the writer of each change to a section", () => {
  it("is the person's role in the section's programme, or null for an outsider or nobody", async () => {
    const { db, f, section } = await setup();
    for (const role of ROLES) {
      expect(await readSectionWriterFacts(db, f.users[role].id, section.id)).toEqual({
        role,
        localVersion: null,
      });
    }
    const nobody = { role: null, localVersion: null };
    expect(await readSectionWriterFacts(db, f.users.outsider.id, section.id)).toEqual(nobody);
    expect(await readSectionWriterFacts(db, null, section.id)).toEqual(nobody);
  });

  it("gives no role once the section is archived, or for a section that is not there", async () => {
    const { db, f, section } = await setup();
    await db.section.update({ where: { id: section.id }, data: { archivedAt: new Date() } });
    expect(await readSectionWriterFacts(db, f.users.editor.id, section.id)).toEqual({
      role: null,
      localVersion: null,
    });
    expect(await readSectionWriterFacts(db, f.users.editor.id, "no-such-section")).toEqual({
      role: null,
      localVersion: null,
    });
  });

  it("says, for a local version, whether the person is one of the partnership's members", async () => {
    const { db, f, section } = await setup();
    const { partnership } = await createPartnershipFixture(db, f);
    const local = await createDraftLocalVersion(db, f, partnership.id, section);

    // The fixture's partnership has the editor and the viewer as members.
    expect(await readSectionWriterFacts(db, f.users.editor.id, local.id)).toEqual({
      role: "editor",
      localVersion: { role: "editor", partnershipMember: true },
    });
    expect(await readSectionWriterFacts(db, f.users.facilitator.id, local.id)).toEqual({
      role: "facilitator",
      localVersion: { role: "facilitator", partnershipMember: false },
    });
    expect(await readSectionWriterFacts(db, f.users.outsider.id, local.id)).toEqual({
      role: null,
      localVersion: { role: null, partnershipMember: false },
    });
  });

  it("lets the partnership's members and the programme's editors change a local version, and no one else", async () => {
    const { db, f, section } = await setup();
    const { partnership } = await createPartnershipFixture(db, f);
    const local = await createDraftLocalVersion(db, f, partnership.id, section);
    const refused = "You can no longer change this local version.";
    const refusalFor = async (userId: string | null) =>
      variantChangeRefusal(await readSectionWriterFacts(db, userId, local.id));

    expect(await refusalFor(f.users.admin.id)).toBeNull();
    expect(await refusalFor(f.users.editor.id)).toBeNull();
    // A member of the partnership whose role only reads.
    expect(await refusalFor(f.users.viewer.id)).toBe(refused);
    expect(await refusalFor(f.users.contributor.id)).toBe(refused);
    expect(await refusalFor(f.users.outsider.id)).toBe(refused);
    expect(await refusalFor(null)).toBe(refused);
    // Rules of other sections are not this rule's business.
    expect(variantChangeRefusal(await readSectionWriterFacts(db, null, section.id))).toBeNull();
  });
});
