import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client.js";
import { migrationSqlFiles } from "../migrate.js";
import { CARE_MODEL_TYPES, ORGANISATION_SECTORS, ROLES } from "@coproduce/shared/vocabulary";
import { seedDemo } from "./index.js";

let db: Db;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-seed-"));
  const file = path.join(dir, "seed.db");
  const raw = new Database(file);
  for (const sqlFile of migrationSqlFiles()) raw.exec(fs.readFileSync(sqlFile, "utf8"));
  raw.close();
  db = await createDb(`file:${file}`);
  await seedDemo(db, { passwordHash: "test-hash" });
  // Seeding writes a few thousand rows: allow for a busy machine.
}, 120_000);

describe("demo seed", () => {
  it("builds a two-million-person programme with nine Early Adopters for people over 65", async () => {
    const programme = await db.programme.findUniqueOrThrow({ where: { slug: "whole-systems" } });
    expect(programme.population).toBe(2_000_000);
    const partnerships = await db.partnership.findMany({ include: { organisations: true } });
    expect(partnerships).toHaveLength(9);
    expect(partnerships.every((p) => p.cohort === "People aged over 65")).toBe(true);
    expect(partnerships.every((p) => p.organisations.length >= 3)).toBe(true);
  });

  it("has the 50 vanguards covering all five care model types, and the 12 considerations", async () => {
    const vanguards = await db.referenceExample.findMany();
    expect(vanguards).toHaveLength(50);
    expect(new Set(vanguards.map((v) => v.careModelType))).toEqual(new Set(CARE_MODEL_TYPES));
    expect(await db.practicalConsideration.count()).toBe(12);
  });

  it("has organisations from every sector", async () => {
    const sectors = new Set((await db.organisation.findMany()).map((o) => o.sector));
    expect(sectors).toEqual(new Set(ORGANISATION_SECTORS));
  });

  it("has one demo account per role, and a carer among them", async () => {
    for (const role of ROLES) {
      const membership = await db.membership.findFirstOrThrow({
        where: { role, user: { email: `${role}@example.org` } },
        include: { stakeholderGroup: true },
      });
      if (role === "contributor") expect(membership.stakeholderGroup?.key).toBe("carer");
    }
  });

  it("has the toolkit and handbooks on financial flows, governance and shared data", async () => {
    const documents = await db.document.findMany({
      include: { _count: { select: { sections: true } } },
    });
    expect(documents.map((d) => d.slug).sort()).toEqual(
      ["financial-flows", "governance", "integrated-care-toolkit", "shared-data"].sort(),
    );
    expect(documents.every((d) => d._count.sections >= 4)).toBe(true);
  });

  it("gives every Early Adopter an adoption matrix, slipped milestones, benefits and readiness", async () => {
    const partnerships = await db.partnership.findMany({
      include: {
        adoptions: true,
        milestones: true,
        benefitMeasures: { include: { actuals: true } },
        readinessAssessments: { include: { scores: true } },
      },
    });
    for (const p of partnerships) {
      expect(p.adoptions.length).toBeGreaterThanOrEqual(9);
      expect(p.milestones.length).toBeGreaterThanOrEqual(4);
      expect(p.benefitMeasures.every((m) => m.actuals.length >= 15)).toBe(true);
      expect(p.readinessAssessments.length).toBeGreaterThanOrEqual(2);
      expect(p.readinessAssessments.every((a) => a.scores.length === 12)).toBe(true);
    }
    const all = partnerships.flatMap((p) => p.milestones);
    const slipped = all.filter(
      (m) => (m.actualDate ?? m.forecastDate ?? m.plannedDate).getTime() > m.plannedDate.getTime(),
    );
    expect(slipped.length).toBeGreaterThan(3);
    expect(slipped.length).toBeLessThan(all.length);
    const statuses = new Set(partnerships.flatMap((p) => p.adoptions.map((a) => a.status)));
    expect(statuses).toEqual(
      new Set(["adopted", "adapted", "planned", "not_applicable", "not_started"]),
    );
  });

  it("makes the demo editor a member of one partnership, so a non-admin can edit it", async () => {
    const memberships = await db.partnershipMember.findMany({
      where: { user: { email: "editor@example.org" } },
      include: { partnership: true },
    });
    expect(memberships.map((m) => m.partnership.name)).toEqual(["Northbridge Together"]);
  });
});
