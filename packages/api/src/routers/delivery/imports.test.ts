// CSV imports a person can use, through the real router and database: choices by label or
// code in any case, UK dates, places added when the admin asks, and errors that name the row,
// the record, the column, the value given and what is allowed.
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createPartnershipFixture } from "../../test/delivery-fixtures.js";

const programmeSlug = "test-programme";
const header =
  "name,place,cohort,care_model_type,status,planned_go_live,actual_go_live,description";

async function setUp() {
  const db = await createTestDb();
  const f = await createProgrammeFixture(db, programmeSlug);
  const admin = await callerFor(db, f.users.admin.id);
  return { db, f, admin };
}

const file = (rows: string[]) => [header, ...rows].join("\n");
const vanguards = file([
  "Wirral Partners,Wirral,,Integrated primary and acute care system (PACS),Mobilising,,10/03/2015,",
  "West Wakefield Health and Wellbeing Ltd,Wakefield,,multispecialty community provider (MCP),mobilising,,10 March 2015,",
  "Connecting Care Wakefield District,wakefield,,CARE_HOMES,Mobilising,,10 Mar 2015,",
  '"Leicester, Leicestershire Rutland System Resilience Group","Leicester, Leicestershire and Rutland",,Urgent and emergency care,Mobilising,31/03/2016,27 July 2015,',
]);

describe("partnership import", () => {
  it("reads labels and codes in any case and UK dates, and adds missing places when asked", async () => {
    const { db, admin } = await setUp();
    const first = await admin.deliveryCsv.preview({
      programmeSlug,
      kind: "partnerships",
      csv: vanguards,
    });
    expect(first.missingPlaces).toEqual([
      "Wirral",
      "Wakefield",
      "Leicester, Leicestershire and Rutland",
    ]);
    expect(first.rows[0]!.errors).toEqual([
      'place: No place is called "Wirral". Tick "Add the places that do not exist yet" and check again, or add it on the Places page.',
    ]);
    await expect(
      admin.deliveryCsv.import({ programmeSlug, kind: "partnerships", csv: vanguards }),
    ).rejects.toThrow("4 rows have errors");
    expect(await db.place.count()).toBe(0);

    const ticked = await admin.deliveryCsv.preview({
      programmeSlug,
      kind: "partnerships",
      csv: vanguards,
      createMissingPlaces: true,
    });
    expect(ticked.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(ticked.rows[0]!.summary).toBe("Add Wirral Partners in a new place, Wirral");
    expect(
      await admin.deliveryCsv.import({
        programmeSlug,
        kind: "partnerships",
        csv: vanguards,
        createMissingPlaces: true,
      }),
    ).toEqual({ imported: 4, placesAdded: 3 });

    const stored = await db.partnership.findMany({
      orderBy: { name: "asc" },
      include: { place: true },
    });
    expect(
      stored.map((p) => [
        p.name,
        p.place.name,
        p.careModelType,
        p.status,
        p.plannedGoLive?.toISOString().slice(0, 10) ?? null,
        p.actualGoLive?.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      [
        "Connecting Care Wakefield District",
        "Wakefield",
        "care_homes",
        "mobilising",
        null,
        "2015-03-10",
      ],
      [
        "Leicester, Leicestershire Rutland System Resilience Group",
        "Leicester, Leicestershire and Rutland",
        "urgent_emergency",
        "mobilising",
        "2016-03-31",
        "2015-07-27",
      ],
      [
        "West Wakefield Health and Wellbeing Ltd",
        "Wakefield",
        "mcp",
        "mobilising",
        null,
        "2015-03-10",
      ],
      ["Wirral Partners", "Wirral", "pacs", "mobilising", null, "2015-03-10"],
    ]);
    expect(await db.place.count()).toBe(3);
    await db.$disconnect();
  });

  it("names the row, the record, the column, the value given and the allowed values", async () => {
    const { db, admin } = await setUp();
    const csv = file([
      "Wirral Partners,Wirral,,Integrated care,Mobilising,,31/02/2015,",
      "Salford Together,Salford,,PACS,Going well,,10/03/15,",
    ]);
    const preview = await admin.deliveryCsv.preview({
      programmeSlug,
      kind: "partnerships",
      csv,
      createMissingPlaces: true,
    });
    expect(preview.rows.map((r) => [r.line, r.name])).toEqual([
      [2, "Wirral Partners"],
      [3, "Salford Together"],
    ]);
    expect(preview.rows[0]!.errors).toEqual([
      'actual_go_live: "31/02/2015" is not a date we can read. Use a real date written like 31/03/2016, 31 March 2016, 31 Mar 2016 or 2016-03-31.',
      'care_model_type: Choose a care model type from the list. You gave "Integrated care". Allowed values: Integrated primary and acute care system (PACS) (pacs), Multispecialty community provider (MCP) (mcp), Enhanced health in care homes (care_homes), Urgent and emergency care (urgent_emergency), Acute care collaboration (acute_collaboration).',
    ]);
    expect(preview.rows[1]!.errors).toEqual([
      'actual_go_live: "10/03/15" is not a date we can read. Use a real date written like 31/03/2016, 31 March 2016, 31 Mar 2016 or 2016-03-31.',
      // PACS is the code pacs, in capitals: accepted.
      'status: Choose a status from the list. You gave "Going well". Allowed values: Designing (designing), Mobilising (mobilising), Live (live), Scaling (scaling).',
    ]);
    await expect(
      admin.deliveryCsv.import({
        programmeSlug,
        kind: "partnerships",
        csv,
        createMissingPlaces: true,
      }),
    ).rejects.toThrow("Nothing was imported");
    expect(await db.place.count()).toBe(0);
    expect(await db.partnership.count()).toBe(0);
    await db.$disconnect();
  });

  it("does not let a partnership member who is not an admin add places", async () => {
    const { db, f } = await setUp();
    const p = await createPartnershipFixture(db, f);
    const editor = await callerFor(db, f.users.editor.id);
    const csv = [
      "slug,name,place,cohort,care_model_type,status,description",
      `${p.partnership.slug},Test Partnership,Nowhere New,,mcp,designing,`,
    ].join("\n");
    const preview = await editor.deliveryCsv.preview({
      programmeSlug,
      kind: "partnerships",
      csv,
      createMissingPlaces: true,
    });
    expect(preview.rows[0]!.errors).toEqual([
      'place: No place is called "Nowhere New". Ask an admin to add it on the Places page.',
    ]);
    await expect(
      editor.deliveryCsv.import({
        programmeSlug,
        kind: "partnerships",
        csv,
        createMissingPlaces: true,
      }),
    ).rejects.toThrow("Nothing was imported");
    expect(await db.place.findFirst({ where: { name: "Nowhere New" } })).toBeNull();
    await db.$disconnect();
  });
});

describe("place import", () => {
  it("nests places named on earlier rows, refuses a wrong nesting, and round-trips", async () => {
    const { db, admin } = await setUp();
    const csv = [
      "name,level,inside",
      "Cheshire and Merseyside,Integrated care system,",
      "West Cheshire,place,Cheshire and Merseyside",
      "Ellesmere Port,NEIGHBOURHOOD,West Cheshire",
    ].join("\n");
    const bad = `${csv}\nChester,Place,Ellesmere Port\nHoylake,village,`;
    const preview = await admin.deliveryCsv.preview({ programmeSlug, kind: "places", csv: bad });
    expect(preview.rows.map((r) => [r.line, r.name, r.errors])).toEqual([
      [2, "Cheshire and Merseyside", []],
      [3, "West Cheshire", []],
      [4, "Ellesmere Port", []],
      [
        5,
        "Chester",
        [
          "inside: A place cannot sit inside a neighbourhood. Choose a wider place, or a smaller level.",
        ],
      ],
      [
        6,
        "Hoylake",
        [
          'level: Choose a level from the list. You gave "village". Allowed values: Integrated care system (ics), Place (place), Locality (locality), Neighbourhood (neighbourhood).',
        ],
      ],
    ]);
    expect(await admin.deliveryCsv.import({ programmeSlug, kind: "places", csv })).toEqual({
      imported: 3,
      placesAdded: 0,
    });
    const { places } = await admin.places.list({ programmeSlug });
    expect(places.map((p) => [p.name, p.level, p.depth])).toEqual([
      ["Cheshire and Merseyside", "ics", 0],
      ["West Cheshire", "place", 1],
      ["Ellesmere Port", "neighbourhood", 2],
    ]);
    const exported = await admin.deliveryCsv.export({ programmeSlug, kind: "places" });
    expect(exported.csv).toBe(
      "name,level,inside\nCheshire and Merseyside,ics,\nWest Cheshire,place,Cheshire and Merseyside\nEllesmere Port,neighbourhood,West Cheshire",
    );
    // Importing the export changes nothing.
    await admin.deliveryCsv.import({ programmeSlug, kind: "places", csv: exported.csv });
    expect(await db.place.count()).toBe(3);
    await db.$disconnect();
  });

  it("is for admins only", async () => {
    const { db, f } = await setUp();
    await createPartnershipFixture(db, f);
    const editor = await callerFor(db, f.users.editor.id);
    const preview = await editor.deliveryCsv.preview({
      programmeSlug,
      kind: "places",
      csv: "name,level,inside\nWirral,place,",
    });
    expect(preview.rows[0]!.errors).toContain("name: Only admins can import places.");
    await db.$disconnect();
  });
});
