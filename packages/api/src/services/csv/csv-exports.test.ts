// Every CSV export, fed text that a spreadsheet would run as a formula: no cell of any export
// may start like one, and importing an export back restores the text exactly.
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createPartnershipFixture } from "../../test/delivery-fixtures.js";
import { createAcademySession } from "../../test/academy-fixtures.js";
import { CSV_KINDS } from "../delivery/csv.js";
import { csvCellValue, toCsv } from "./csv-file.js";

const programmeSlug = "test-programme";
const FORMULAS = [
  '=HYPERLINK("https://evil.example","Click")',
  "+1+2",
  "-2+3",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "=1\n+2",
];
const FORMULA_START = /^[=+\-@\t\r]/;

function cellsOf(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv, { delimiter: ",", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat();
}

describe("CSV files", () => {
  it("start every formula-like cell with a quote, and read it back as typed", () => {
    const csv = toCsv(
      ["value"],
      FORMULAS.map((f) => [f]),
    );
    const cells = cellsOf(csv).slice(1);
    for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
    expect(cells.map(csvCellValue)).toEqual(FORMULAS);
    // Text that merely starts with a quote is left alone.
    expect(csvCellValue("'tis the season")).toBe("'tis the season");
  });

  it("delivery exports carry no formulas, and an export imported back restores the text", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const p = await createPartnershipFixture(db, f);
    await db.partnership.update({
      where: { id: p.partnership.id },
      data: { name: FORMULAS[0]!, cohort: FORMULAS[1]!, description: FORMULAS[6]!, contacts: "@x" },
    });
    await db.milestone.update({
      where: { id: p.milestone.id },
      data: { title: FORMULAS[2]!, owner: FORMULAS[3]! },
    });
    await db.benefitActual.create({
      data: { measureId: p.measure.id, date: new Date("2026-01-01T00:00:00Z"), value: -5 },
    });
    await db.benefitMeasure.update({
      where: { id: p.measure.id },
      data: { name: "=M", unit: "+u" },
    });
    await db.adoptionCell.create({
      data: {
        partnershipId: p.partnership.id,
        sectionId: p.section.id,
        status: "adapted",
        variation: FORMULAS[4]!,
        reason: FORMULAS[5]!,
        evidence: "",
        updatedById: f.users.admin.id,
      },
    });
    await db.section.update({ where: { id: p.section.id }, data: { title: "=Section" } });
    // The places export too: a place typed as a formula is neutralised like any other cell.
    await db.place.update({ where: { id: p.place.id }, data: { name: "=Place" } });
    const admin = await callerFor(db, f.users.admin.id);
    for (const kind of CSV_KINDS) {
      const { csv } = await admin.deliveryCsv.export({ programmeSlug, kind });
      const cells = cellsOf(csv);
      expect(cells.some((cell) => cell.startsWith("'"))).toBe(true);
      for (const cell of cells)
        expect(cell, `${kind}: ${JSON.stringify(cell)}`).not.toMatch(FORMULA_START);
    }
    const { csv } = await admin.deliveryCsv.export({ programmeSlug, kind: "milestones" });
    await db.milestone.updateMany({ data: { owner: "changed" } });
    await admin.deliveryCsv.import({ programmeSlug, kind: "milestones", csv });
    const milestones = await db.milestone.findMany({ select: { title: true, owner: true } });
    expect(milestones).toEqual([{ title: FORMULAS[2], owner: FORMULAS[3] }]);
    await db.$disconnect();
  });

  it("the Change Academy outputs export carries no formulas", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const { session } = await createAcademySession(db, f.programme.id);
    await db.academyOutput.create({
      data: { sessionId: session.id, kind: "action", title: FORMULAS[0]!, ownerName: FORMULAS[3]! },
    });
    const viewer = await callerFor(db, f.users.viewer.id);
    const csv = await viewer.academy.exportRecord({
      programmeSlug,
      sessionId: session.id,
      format: "csv",
    });
    const cells = cellsOf(csv);
    expect(cells).toContain(`'${FORMULAS[0]}`);
    for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
    await db.$disconnect();
  });
});
