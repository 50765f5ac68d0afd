// A partnership in the test programme, with the editor and the viewer as its members (the
// viewer to show that a read-only role cannot edit even a partnership it belongs to).
import type { Db } from "@coproduce/db";
import type { createProgrammeFixture } from "./fixtures.js";

type Fixture = Awaited<ReturnType<typeof createProgrammeFixture>>;

export async function createPartnershipFixture(
  db: Db,
  f: Fixture,
  name = "Test Partnership",
  { withMembers = true } = {},
) {
  const place = await db.place.create({
    data: { programmeId: f.programme.id, name: `${name} place`, level: "place", population: 1 },
  });
  const organisation = await db.organisation.create({
    data: {
      programmeId: f.programme.id,
      placeId: place.id,
      name: `${name} Trust`,
      sector: "acute",
    },
  });
  const partnership = await db.partnership.create({
    data: {
      programmeId: f.programme.id,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      name,
      placeId: place.id,
      leadOrganisationId: organisation.id,
      cohort: "People aged over 65",
      cohortSize: 100,
      careModelType: "mcp",
      status: "designing",
      description: "A test delivery model.",
      organisations: { create: [{ organisationId: organisation.id }] },
      members: {
        create: withMembers ? [{ userId: f.users.editor.id }, { userId: f.users.viewer.id }] : [],
      },
    },
  });
  const document = await db.document.create({
    data: {
      toolboxId: f.toolbox.id,
      kind: "toolkit",
      slug: `toolkit-${partnership.slug}`,
      title: "Toolkit",
      summary: "",
      sortOrder: 0,
    },
  });
  const section = await db.section.create({
    data: { documentId: document.id, title: "Shared vision", sortOrder: 0 },
  });
  const measure = await db.benefitMeasure.create({
    data: {
      partnershipId: partnership.id,
      name: "Emergency admissions",
      unit: "per 1,000",
      direction: "lower",
      baseline: 30,
    },
  });
  const milestone = await db.milestone.create({
    data: {
      partnershipId: partnership.id,
      title: "Go live",
      status: "in_progress",
      plannedDate: new Date("2026-04-01T00:00:00Z"),
    },
  });
  return { place, organisation, partnership, section, measure, milestone };
}

export async function seedConsiderations(db: Db) {
  const existing = await db.practicalConsideration.count();
  if (existing) return db.practicalConsideration.findMany({ orderBy: { number: "asc" } });
  for (let number = 1; number <= 12; number++) {
    await db.practicalConsideration.create({
      data: { number, key: `c${number}`, title: `Consideration ${number}`, description: "" },
    });
  }
  return db.practicalConsideration.findMany({ orderBy: { number: "asc" } });
}

/** A partnership's draft local version of `core`, a section of its own the core links to. */
export async function createDraftLocalVersion(
  db: Db,
  f: Fixture,
  partnershipId: string,
  core: { id: string; documentId: string },
) {
  const local = await db.section.create({
    data: { documentId: core.documentId, title: "Aims (local)", sortOrder: 1 },
  });
  await db.sectionVariant.create({
    data: {
      programmeId: f.programme.id,
      partnershipId,
      coreSectionId: core.id,
      variantSectionId: local.id,
      baseText: "",
    },
  });
  return local;
}
