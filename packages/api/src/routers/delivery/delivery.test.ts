// Delivery models through the real router and a real database: who may read and edit a
// partnership, validation, and CSV import (all-or-nothing) and its round trip with export.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../../test/fixtures.js";
import { createPartnershipFixture, seedConsiderations } from "../../test/delivery-fixtures.js";
import { MATRIX_ROWS_PER_PAGE } from "../../services/delivery/adoption-matrix.js";

const programmeSlug = "test-programme";

async function setUp() {
  const db = await createTestDb();
  const f = await createProgrammeFixture(db, programmeSlug);
  const p = await createPartnershipFixture(db, f);
  const as = (role: keyof typeof f.users) => callerFor(db, f.users[role].id);
  return { db, f, p, as };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );
}

const milestone = (partnershipId: string) => ({
  programmeSlug,
  partnershipId,
  title: "Neighbourhood teams start",
  status: "in_progress" as const,
  plannedDate: "2026-03-01",
  forecastDate: "2026-04-15",
});

describe("partnership permissions", () => {
  it("lets a member of the partnership edit it, and shows the change to everyone", async () => {
    const { db, p, as } = await setUp();
    await (await as("editor")).milestones.create(milestone(p.partnership.id));
    for (const role of ["admin", "facilitator", "contributor", "viewer"] as const) {
      const list = await (await as(role)).milestones.list({ programmeSlug });
      expect(list.map((m) => [m.title, m.slippageDays])).toContainEqual([
        "Neighbourhood teams start",
        45,
      ]);
    }
    await db.$disconnect();
  });

  it("refuses editors, facilitators and contributors who are not members, and member viewers", async () => {
    const { db, f, p, as } = await setUp();
    const other = await createPartnershipFixture(db, f, "Other Partnership", {
      withMembers: false,
    });
    const editor = await as("editor");
    expect(await codeOf(editor.milestones.create(milestone(other.partnership.id)))).toBe(
      "FORBIDDEN",
    );
    for (const role of ["facilitator", "contributor", "viewer"] as const) {
      expect(await codeOf((await as(role)).milestones.create(milestone(p.partnership.id)))).toBe(
        "FORBIDDEN",
      );
    }
    expect(await db.milestone.count({ where: { title: "Neighbourhood teams start" } })).toBe(0);
    await db.$disconnect();
  });

  it("lets admins edit every partnership, and makes someone a member", async () => {
    const { db, f, p, as } = await setUp();
    const admin = await as("admin");
    await admin.partnerships.addMember({
      programmeSlug,
      partnershipId: p.partnership.id,
      userId: f.users.contributor.id,
    });
    const contributor = await as("contributor");
    expect(await codeOf(contributor.milestones.create(milestone(p.partnership.id)))).toBe("OK");
    await db.$disconnect();
  });

  it("tells outsiders the programme was not found, and hides other programmes' partnerships", async () => {
    const { db, p, as } = await setUp();
    const outsider = await as("outsider");
    expect(
      await codeOf(outsider.partnerships.get({ programmeSlug, partnershipId: p.partnership.id })),
    ).toBe("NOT_FOUND");
    // A partnership of another programme is not found through this programme, even for admins.
    const elsewhere = await createProgrammeFixture(db, "elsewhere");
    const foreign = await createPartnershipFixture(db, elsewhere, "Foreign Partnership");
    const admin = await as("admin");
    expect(
      await codeOf(
        admin.partnerships.get({ programmeSlug, partnershipId: foreign.partnership.id }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(admin.milestones.create(milestone(foreign.partnership.id)))).toBe(
      "NOT_FOUND",
    );
    await db.$disconnect();
  });
});

describe("adoption matrix", () => {
  it("comes a page of sections at a time, with the key counting every cell", async () => {
    const { db, f, p, as } = await setUp();
    const extra = MATRIX_ROWS_PER_PAGE + 1;
    for (let i = 1; i <= extra; i++) {
      await db.section.create({
        data: { documentId: p.section.documentId, title: `Row ${i}`, sortOrder: i },
      });
    }
    const last = await db.section.findFirstOrThrow({ where: { title: `Row ${extra}` } });
    const editor = await as("editor");
    const base = { programmeSlug, partnershipId: p.partnership.id };
    await editor.adoption.setCell({ ...base, sectionId: p.section.id, status: "adopted" });
    await editor.adoption.setCell({ ...base, sectionId: last.id, status: "adopted" });
    const viewer = await as("viewer");
    const first = await viewer.adoption.matrix({ programmeSlug });
    expect(first).toMatchObject({ page: 1, pages: 2, sectionCount: extra + 1, firstRow: 1 });
    expect(first.sections).toHaveLength(MATRIX_ROWS_PER_PAGE);
    expect(first.cells.map((c) => c.sectionId)).toEqual([p.section.id]);
    // One partnership × every section: the cells nobody set show, and count, as not started.
    expect(first.totals).toEqual({ adopted: 2, not_started: extra + 1 - 2 });
    const second = await viewer.adoption.matrix({ programmeSlug, page: 2 });
    expect(second.sections.map((s) => s.title)).toEqual([`Row ${extra - 1}`, `Row ${extra}`]);
    expect(second.cells.map((c) => c.sectionId)).toEqual([last.id]);
    // A page past the end shows the last page; one section shows only its row.
    expect((await viewer.adoption.matrix({ programmeSlug, page: 9 })).page).toBe(2);
    const row = await viewer.adoption.matrix({ programmeSlug, sectionId: last.id });
    expect(row.sections.map((s) => s.id)).toEqual([last.id]);
    // A partnership's page gets every section and only its own cells.
    const other = await createPartnershipFixture(db, f, "Other Partnership");
    const mine = await viewer.adoption.forPartnership(base);
    expect(mine.sections.length).toBeGreaterThanOrEqual(extra + 1);
    expect(mine.cells).toHaveLength(2);
    const theirs = await viewer.adoption.forPartnership({
      programmeSlug,
      partnershipId: other.partnership.id,
    });
    expect(theirs.cells).toEqual([]);
    await db.$disconnect();
  });
});

describe("delivery records", () => {
  it("requires the variation for an adapted section and keeps who changed it", async () => {
    const { db, f, p, as } = await setUp();
    const editor = await as("editor");
    const base = { programmeSlug, partnershipId: p.partnership.id, sectionId: p.section.id };
    expect(await codeOf(editor.adoption.setCell({ ...base, status: "adapted" }))).toBe(
      "BAD_REQUEST",
    );
    await editor.adoption.setCell({
      ...base,
      status: "adapted",
      variation: "Led by the council",
      reason: "ignored for adapted",
    });
    const cell = await db.adoptionCell.findFirstOrThrow();
    expect(cell).toMatchObject({
      status: "adapted",
      variation: "Led by the council",
      reason: "",
      updatedById: f.users.editor.id,
    });
    await db.$disconnect();
  });

  it("keeps the original plan when a milestone's forecast moves", async () => {
    const { db, p, as } = await setUp();
    const editor = await as("editor");
    await editor.milestones.update({
      programmeSlug,
      milestoneId: p.milestone.id,
      title: "Go live",
      status: "at_risk",
      plannedDate: "2027-01-01",
      forecastDate: "2026-05-01",
    });
    const [m] = await editor.milestones.list({ programmeSlug, partnershipId: p.partnership.id });
    expect(m!.plannedDate.toISOString().slice(0, 10)).toBe("2026-04-01");
    expect(m!.slippageDays).toBe(30);
    await db.$disconnect();
  });

  it("charts recorded actuals and needs a score for every consideration", async () => {
    const { db, p, as } = await setUp();
    const editor = await as("editor");
    for (const [month, value] of [30, 29, 31, 28].entries()) {
      await editor.benefits.recordActual({
        programmeSlug,
        measureId: p.measure.id,
        date: `2026-0${month + 1}-01`,
        value: String(value),
      });
    }
    const [measure] = await editor.benefits.forPartnership({
      programmeSlug,
      partnershipId: p.partnership.id,
    });
    expect(measure!.spc.points).toHaveLength(4);
    expect(measure!.spc.mean).toBeCloseTo(29.5);

    const considerations = await seedConsiderations(db);
    const scores = considerations.map((c) => ({ considerationId: c.id, score: 4 }));
    const create = (s: typeof scores) =>
      editor.readiness.create({
        programmeSlug,
        partnershipId: p.partnership.id,
        assessedOn: "2026-02-01",
        scores: s,
      });
    expect(await codeOf(create(scores.slice(1)))).toBe("BAD_REQUEST");
    await create(scores);
    const [latest] = await editor.readiness.history({
      programmeSlug,
      partnershipId: p.partnership.id,
    });
    expect(latest).toMatchObject({ percent: 75, mean: 4 });
    await db.$disconnect();
  });
});

describe("CSV import and export", () => {
  async function snapshot(db: Db) {
    return {
      milestones: await db.milestone.findMany({
        orderBy: { title: "asc" },
        select: {
          partnershipId: true,
          title: true,
          owner: true,
          status: true,
          plannedDate: true,
          forecastDate: true,
          actualDate: true,
        },
      }),
    };
  }

  it("shows the bad row's error and writes nothing until it is fixed", async () => {
    const { db, p, as } = await setUp();
    const editor = await as("editor");
    const slug = p.partnership.slug;
    const bad = [
      "partnership,title,owner,status,planned_date,forecast_date,actual_date",
      `${slug},Recruit co-ordinators,Amira,not_started,2026-05-01,,`,
      `${slug},Open the hub,Tom,complete,2026-06-31,,`,
      `${slug},Evaluate,Tom,in_progress,2026-09-01,2026-10-01,`,
    ].join("\n");
    const preview = await editor.deliveryCsv.preview({
      programmeSlug,
      kind: "milestones",
      csv: bad,
    });
    expect(preview.rows.map((r) => [r.line, r.errors.length > 0])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(preview.rows[1]!.errors.join(" ")).toMatch(/planned_date/);
    const before = await db.milestone.count();
    expect(
      await codeOf(editor.deliveryCsv.import({ programmeSlug, kind: "milestones", csv: bad })),
    ).toBe("BAD_REQUEST");
    expect(await db.milestone.count()).toBe(before);

    const fixed = bad.replace("complete,2026-06-31,,", "complete,2026-06-30,,2026-07-02");
    expect(
      await editor.deliveryCsv.import({ programmeSlug, kind: "milestones", csv: fixed }),
    ).toEqual({ imported: 3, placesAdded: 0 });
    expect(await db.milestone.count()).toBe(before + 3);
    await db.$disconnect();
  });

  it("refuses rows for a partnership the importer is not a member of", async () => {
    const { db, f, as } = await setUp();
    const other = await createPartnershipFixture(db, f, "Other Partnership", {
      withMembers: false,
    });
    const csv = `partnership,title,owner,status,planned_date,forecast_date,actual_date\n${other.partnership.slug},X,,not_started,2026-05-01,,\n`;
    const preview = await (
      await as("editor")
    ).deliveryCsv.preview({
      programmeSlug,
      kind: "milestones",
      csv,
    });
    expect(preview.rows[0]!.errors).toEqual([
      `partnership: You cannot change "${other.partnership.slug}".`,
    ]);
    await db.$disconnect();
  });

  it("reproduces the data when an export is imported back", async () => {
    const { db, p, as } = await setUp();
    const admin = await as("admin");
    await admin.milestones.create(milestone(p.partnership.id));
    await admin.adoption.setCell({
      programmeSlug,
      partnershipId: p.partnership.id,
      sectionId: p.section.id,
      status: "adapted",
      variation: 'Led by the council, "not" the trust,\nwith a second line',
      evidence: "https://example.org/a\nhttps://example.org/b",
    });
    await admin.benefits.recordActual({
      programmeSlug,
      measureId: p.measure.id,
      date: "2026-01-01",
      value: "28.25",
    });

    for (const kind of ["partnerships", "milestones", "benefit_actuals", "adoption"] as const) {
      const { csv } = await admin.deliveryCsv.export({ programmeSlug, kind });
      const before = {
        ...(await snapshot(db)),
        cells: await db.adoptionCell.findMany({
          select: { status: true, variation: true, evidence: true, plannedFor: true },
        }),
        actuals: await db.benefitActual.findMany({ select: { date: true, value: true } }),
        partnerships: await db.partnership.findMany({
          include: { organisations: { select: { organisationId: true } } },
          omit: { createdAt: true },
        }),
      };
      // Change the data, then import the export to put it back.
      await db.milestone.updateMany({ data: { owner: "Changed", forecastDate: null } });
      await db.adoptionCell.updateMany({ data: { variation: "changed" } });
      await db.benefitActual.updateMany({ data: { value: 1 } });
      await db.partnership.updateMany({ data: { description: "changed", cohortSize: 1 } });
      await admin.deliveryCsv.import({ programmeSlug, kind, csv });
      // Only the imported kind is restored; the rest were changed on purpose, so restore them.
      const after = {
        ...(await snapshot(db)),
        cells: await db.adoptionCell.findMany({
          select: { status: true, variation: true, evidence: true, plannedFor: true },
        }),
        actuals: await db.benefitActual.findMany({ select: { date: true, value: true } }),
        partnerships: await db.partnership.findMany({
          include: { organisations: { select: { organisationId: true } } },
          omit: { createdAt: true },
        }),
      };
      const restored = {
        partnerships: "partnerships",
        milestones: "milestones",
        benefit_actuals: "actuals",
        adoption: "cells",
      }[kind] as keyof typeof before;
      expect(after[restored]).toEqual(before[restored]);
      // Put everything back for the next kind.
      await db.milestone.deleteMany();
      await admin.milestones.create(milestone(p.partnership.id));
      await db.adoptionCell.updateMany({
        data: { variation: 'Led by the council, "not" the trust,\nwith a second line' },
      });
      await db.benefitActual.updateMany({ data: { value: 28.25 } });
      await db.partnership.updateMany({
        data: { description: "A test delivery model.", cohortSize: 100 },
      });
    }
    await db.$disconnect();
  });
});
