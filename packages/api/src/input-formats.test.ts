// Text and numbers as the API reads them, through the real router and database: every text is
// stored without control characters, and every number is read in the one format of
// number-inputs.ts, whichever procedure or import it comes through.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb } from "./test/test-db.js";
import { callerFor, createProgrammeFixture } from "./test/fixtures.js";
import { createPartnershipFixture } from "./test/delivery-fixtures.js";
import { createAcademySession } from "./test/academy-fixtures.js";

const programmeSlug = "test-programme";

/** "accepted", or the refusal's code and the message a form would show beside the field. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "accepted",
    (error: unknown) => {
      if (!(error instanceof TRPCError)) return String(error);
      const issues = (error.cause as { issues?: { message: string }[] } | undefined)?.issues;
      return `${error.code}: ${issues?.[0]?.message ?? error.message}`;
    },
  );
}

describe("text and numbers the API accepts", () => {
  it("stores text without NUL or other control characters, keeping line breaks", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const p = await createPartnershipFixture(db, f);
    const editor = await callerFor(db, f.users.editor.id);
    await editor.milestones.create({
      programmeSlug,
      partnershipId: p.partnership.id,
      title: "Start\u0000 work\u0007\u001b\nnow",
      owner: "Sam\u0000",
      status: "not_started",
      plannedDate: "2026-03-01",
    });
    const stored = await db.milestone.findFirstOrThrow({ where: { owner: "Sam" } });
    // A title stays on one line.
    expect(stored.title).toBe("Start work now");
    await editor.adoption.setCell({
      programmeSlug,
      partnershipId: p.partnership.id,
      sectionId: p.section.id,
      status: "adapted",
      variation: "Line one\r\nLine\u0000 two\ttabbed",
    });
    const cell = await db.adoptionCell.findFirstOrThrow();
    expect(cell.variation).toBe("Line one\nLine two\ttabbed");
    await db.$disconnect();
  });

  it("reads numbers as digits only, from forms and from CSV files", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const p = await createPartnershipFixture(db, f);
    const editor = await callerFor(db, f.users.editor.id);
    const record = (value: string) =>
      refusal(
        editor.benefits.recordActual({
          programmeSlug,
          measureId: p.measure.id,
          date: "2026-01-01",
          value,
        }),
      );
    for (const value of ["0x10", "1,000", "1e3", "Infinity", "12 5"]) {
      expect(await record(value), value).toMatch(/^BAD_REQUEST: Enter the value using digits only/);
    }
    expect(await record("")).toBe("BAD_REQUEST: Enter the value.");
    expect(await record("-28.25")).toBe("accepted");
    expect((await db.benefitActual.findFirstOrThrow()).value).toBe(-28.25);

    const csv = (size: string) =>
      [
        "slug,name,place,lead_organisation,organisations,cohort,cohort_size,care_model_type,status,planned_go_live,actual_go_live,description,contacts",
        `${p.partnership.slug},Test Partnership,${p.place.name},,,People,"${size}",mcp,designing,,,A model.,`,
      ].join("\n");
    for (const size of ["0x10", "1,000", "1e3"]) {
      const preview = await editor.deliveryCsv.preview({
        programmeSlug,
        kind: "partnerships",
        csv: csv(size),
      });
      expect(preview.rows[0]!.errors.join(" "), size).toMatch(
        /cohort_size: Enter the size of the cohort using digits only/,
      );
    }
    const ok = await editor.deliveryCsv.preview({
      programmeSlug,
      kind: "partnerships",
      csv: csv("1200"),
    });
    expect(ok.rows[0]!.errors).toEqual([]);
    await db.$disconnect();
  });

  it("refuses numbers in other formats in the Change Academy too", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db, programmeSlug);
    const { session } = await createAcademySession(db, f.programme.id);
    const facilitator = await callerFor(db, f.users.facilitator.id);
    const ids = { programmeSlug, sessionId: session.id };
    expect(await refusal(facilitator.academy.setTimer({ session: ids, minutes: "0x10" }))).toBe(
      "BAD_REQUEST: Write the minutes as a whole number.",
    );
    expect(await refusal(facilitator.academy.setTimer({ session: ids, minutes: "" }))).toBe(
      "BAD_REQUEST: Write the minutes as a whole number.",
    );
    expect(await refusal(facilitator.academy.goTo({ session: ids, index: "1e0" }))).toMatch(
      /^BAD_REQUEST/,
    );
    expect(await refusal(facilitator.academy.setTimer({ session: ids, minutes: "5" }))).toBe(
      "accepted",
    );
    await db.$disconnect();
  });
});
