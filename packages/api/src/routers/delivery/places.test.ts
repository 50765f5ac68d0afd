// Places through the real router and database: admins add, rename and nest places; the rules
// of nesting (a smaller level inside a wider one, never inside itself) hold on the server.
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";

const programmeSlug = "test-programme";

async function setUp() {
  const db = await createTestDb();
  const f = await createProgrammeFixture(db, programmeSlug);
  const admin = await callerFor(db, f.users.admin.id);
  return { db, f, admin };
}

describe("places", () => {
  it("nests a neighbourhood inside a place inside a system, and lists them in tree order", async () => {
    const { db, admin } = await setUp();
    const system = await admin.places.create({ programmeSlug, name: "Cheshire", level: "ics" });
    const place = await admin.places.create({
      programmeSlug,
      name: "West Cheshire",
      level: "place",
      parentId: system.id,
    });
    await admin.places.create({
      programmeSlug,
      name: "Ellesmere Port",
      level: "neighbourhood",
      parentId: place.id,
    });
    await admin.places.create({ programmeSlug, name: "Airedale", level: "place" });
    const { places: list } = await admin.places.list({ programmeSlug });
    expect(list.map((p) => [p.name, p.depth])).toEqual([
      ["Airedale", 0],
      ["Cheshire", 0],
      ["West Cheshire", 1],
      ["Ellesmere Port", 2],
    ]);
    await db.$disconnect();
  });

  it("renames and moves a place, and refuses a move inside itself or a narrower place", async () => {
    const { db, admin } = await setUp();
    const system = await admin.places.create({ programmeSlug, name: "Cheshire", level: "ics" });
    const place = await admin.places.create({
      programmeSlug,
      name: "West Chesire",
      level: "place",
    });
    const hood = await admin.places.create({
      programmeSlug,
      name: "Ellesmere Port",
      level: "neighbourhood",
      parentId: place.id,
    });
    await admin.places.update({
      programmeSlug,
      placeId: place.id,
      name: "West Cheshire",
      level: "place",
      parentId: system.id,
    });
    expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      name: "West Cheshire",
      parentId: system.id,
    });
    await expect(
      admin.places.update({
        programmeSlug,
        placeId: place.id,
        name: "West Cheshire",
        level: "place",
        parentId: hood.id,
      }),
    ).rejects.toThrow("A place cannot sit inside itself or one of its own sub-places.");
    await expect(
      admin.places.create({
        programmeSlug,
        name: "Chester",
        level: "place",
        parentId: hood.id,
      }),
    ).rejects.toThrow("A place cannot sit inside a neighbourhood.");
    await expect(
      admin.places.update({
        programmeSlug,
        placeId: place.id,
        name: "West Cheshire",
        level: "neighbourhood",
        parentId: system.id,
      }),
    ).rejects.toThrow('"Ellesmere Port", a neighbourhood, sits inside this place');
    await expect(
      admin.places.create({ programmeSlug, name: "west cheshire", level: "place" }),
    ).rejects.toThrow('A place is already called "West Cheshire".');
    // Nothing changed by the refused calls.
    expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      level: "place",
      parentId: system.id,
    });
    expect(await db.place.count()).toBe(3);
    await db.$disconnect();
  });
});
