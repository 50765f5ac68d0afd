// The adoption matrix at a real programme's size: filters by care model type, place (with
// its sub-places) and status; 20 partnerships a page; a key that counts every cell shown,
// including the ones nobody has set yet.
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createPartnershipFixture } from "../../test/delivery-fixtures.js";
import { MATRIX_PARTNERSHIPS_PER_PAGE } from "../../services/delivery/adoption-matrix.js";

const programmeSlug = "test-programme";

describe("adoption matrix at scale", () => {
  it("filters, pages the partnerships and counts the shown cells in the key", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const p = await createPartnershipFixture(db, f);
    const programmeId = f.programme.id;
    await db.section.create({
      data: { documentId: p.section.documentId, title: "Second", sortOrder: 5 },
    });
    const system = await db.place.create({ data: { programmeId, name: "North", level: "ics" } });
    const town = await db.place.create({
      data: { programmeId, name: "Town", level: "place", parentId: system.id },
    });
    // 45 more partnerships: every third urgent and emergency care, in the town, and live.
    for (let i = 1; i <= 45; i++) {
      const uec = i % 3 === 0;
      await db.partnership.create({
        data: {
          programmeId,
          slug: `vanguard-${i}`,
          name: `Vanguard ${String(i).padStart(2, "0")}`,
          placeId: uec ? town.id : p.place.id,
          cohort: "",
          careModelType: uec ? "urgent_emergency" : "pacs",
          status: uec ? "live" : "designing",
          description: "",
        },
      });
    }
    const uecOne = await db.partnership.findFirstOrThrow({ where: { slug: "vanguard-3" } });
    await db.adoptionCell.create({
      data: { partnershipId: uecOne.id, sectionId: p.section.id, status: "adopted" },
    });
    const viewer = await callerFor(db, f.users.viewer.id);

    const all = await viewer.adoption.matrix({ programmeSlug });
    expect(all.partnerships).toHaveLength(MATRIX_PARTNERSHIPS_PER_PAGE);
    expect(all).toMatchObject({
      partnershipCount: 46,
      partnershipTotal: 46,
      partnershipPages: 3,
      firstColumn: 1,
    });
    const last = await viewer.adoption.matrix({ programmeSlug, partnershipPage: 3 });
    // "Test Partnership" comes first by name, so the last page starts at Vanguard 40.
    expect(last.partnerships.map((x) => x.name)).toEqual(
      ["40", "41", "42", "43", "44", "45"].map((n) => `Vanguard ${n}`),
    );
    expect(last.firstColumn).toBe(41);
    const sections = all.sectionCount;
    expect(sections).toBe(2);
    expect(all.totals).toEqual({ adopted: 1, not_started: 46 * sections - 1 });

    const uec = await viewer.adoption.matrix({ programmeSlug, careModelType: "urgent_emergency" });
    expect(uec.partnershipCount).toBe(15);
    expect(uec.partnerships.every((x) => x.name.startsWith("Vanguard"))).toBe(true);
    expect(uec.totals).toEqual({ adopted: 1, not_started: 15 * sections - 1 });
    expect(uec.cells.map((c) => c.partnershipId)).toEqual([uecOne.id]);

    // A system includes the places inside it; status filters too.
    const north = await viewer.adoption.matrix({ programmeSlug, placeId: system.id });
    expect(north.partnershipCount).toBe(15);
    expect(north.partnershipTotal).toBe(46);
    // A place can be typed too: its name, whatever the case, or part of it that fits one place.
    for (const placeName of ["north", "Nor"]) {
      const typed = await viewer.adoption.matrix({ programmeSlug, placeName });
      expect(typed).toMatchObject({
        partnershipCount: 15,
        placeFilter: null,
        filters: { placeId: system.id, placeName: "North" },
      });
    }
    const nowhere = await viewer.adoption.matrix({ programmeSlug, placeName: "Westmoor" });
    expect(nowhere).toMatchObject({
      partnershipCount: 46,
      placeFilter: { state: "unknown", typed: "Westmoor" },
      filters: { placeId: null, placeName: "Westmoor" },
    });
    const designing = await viewer.adoption.matrix({ programmeSlug, status: "designing" });
    expect(designing.partnershipCount).toBe(31);
    expect(designing.totals).toEqual({ not_started: 31 * sections });
    const none = await viewer.adoption.matrix({
      programmeSlug,
      careModelType: "urgent_emergency",
      status: "designing",
    });
    expect(none).toMatchObject({
      partnershipCount: 0,
      partnerships: [],
      totals: { not_started: 0 },
    });
    await db.$disconnect();
  });
});
