// Permission-matrix cases for the delivery-model procedures. Reading is for everyone in the
// programme; editing a partnership is for admins and the partnership's members (here the editor;
// the viewer is also a member but its role is read-only); creating partnerships and choosing
// their members is for admins.
import type { Db, Role } from "@coproduce/db";
import type { Caller } from "../router.js";
import type { createProgrammeFixture } from "./fixtures.js";
import { createPartnershipFixture, seedConsiderations } from "./delivery-fixtures.js";

type Actor = Role | "outsider" | "anonymous";
type Fixture = Awaited<ReturnType<typeof createProgrammeFixture>>;
interface Case {
  allowed: Actor[];
  call: (caller: Caller, f: Fixture, db: Db, actor: Actor) => Promise<unknown>;
}

const members: Actor[] = ["admin", "facilitator", "editor", "contributor", "viewer"];
const partnershipEditors: Actor[] = ["admin", "editor"];
const admins: Actor[] = ["admin"];

export function deliveryCases(programmeSlug: string): Record<string, Case> {
  const read = (
    call: (c: Caller, p: Awaited<ReturnType<typeof createPartnershipFixture>>) => Promise<unknown>,
  ): Case => ({
    allowed: members,
    call: async (c, f, db) => call(c, await createPartnershipFixture(db, f)),
  });
  const edit = (
    call: (
      c: Caller,
      p: Awaited<ReturnType<typeof createPartnershipFixture>>,
      db: Db,
    ) => Promise<unknown>,
  ): Case => ({
    allowed: partnershipEditors,
    call: async (c, f, db) => call(c, await createPartnershipFixture(db, f), db),
  });
  const partnershipFields = (p: Awaited<ReturnType<typeof createPartnershipFixture>>) => ({
    programmeSlug,
    name: "Renamed Partnership",
    placeId: p.place.id,
    leadOrganisationId: p.organisation.id,
    organisationIds: [p.organisation.id],
    cohort: "People aged over 65",
    cohortSize: "120",
    careModelType: "pacs" as const,
    status: "mobilising" as const,
    plannedGoLive: "2026-06-01",
    actualGoLive: "",
    description: "Changed.",
    contacts: "",
  });
  const milestoneCsv = (p: Awaited<ReturnType<typeof createPartnershipFixture>>) =>
    `partnership,title,owner,status,planned_date,forecast_date,actual_date\n${p.partnership.slug},Board sign-off,Amira,not_started,2026-05-01,,\n`;

  return {
    "partnerships.abilities": read((c) => c.partnerships.abilities({ programmeSlug })),
    "partnerships.formOptions": read((c) => c.partnerships.formOptions({ programmeSlug })),
    "partnerships.get": read((c, p) =>
      c.partnerships.get({ programmeSlug, partnershipId: p.partnership.id }),
    ),
    "partnerships.create": {
      allowed: admins,
      call: async (c, f, db) =>
        c.partnerships.create({
          ...partnershipFields(await createPartnershipFixture(db, f)),
          name: "Brand New",
        }),
    },
    "partnerships.update": edit((c, p) =>
      c.partnerships.update({ ...partnershipFields(p), partnershipId: p.partnership.id }),
    ),
    "partnerships.addMember": {
      allowed: admins,
      call: async (c, f, db) => {
        const p = await createPartnershipFixture(db, f);
        return c.partnerships.addMember({
          programmeSlug,
          partnershipId: p.partnership.id,
          userId: f.users.contributor.id,
        });
      },
    },
    "partnerships.removeMember": {
      allowed: admins,
      call: async (c, f, db) => {
        const p = await createPartnershipFixture(db, f);
        return c.partnerships.removeMember({
          programmeSlug,
          partnershipId: p.partnership.id,
          userId: f.users.editor.id,
        });
      },
    },
    "adoption.matrix": read((c) => c.adoption.matrix({ programmeSlug })),
    "adoption.forPartnership": read((c, p) =>
      c.adoption.forPartnership({ programmeSlug, partnershipId: p.partnership.id }),
    ),
    "adoption.setCell": edit((c, p) =>
      c.adoption.setCell({
        programmeSlug,
        partnershipId: p.partnership.id,
        sectionId: p.section.id,
        status: "adapted",
        variation: "Run by the council, not the CCG.",
        evidence: "https://example.org/plan",
      }),
    ),
    "milestones.list": read((c) => c.milestones.list({ programmeSlug })),
    "milestones.create": edit((c, p) =>
      c.milestones.create({
        programmeSlug,
        partnershipId: p.partnership.id,
        title: "Recruit care co-ordinators",
        status: "not_started",
        plannedDate: "2026-05-01",
      }),
    ),
    "milestones.update": edit((c, p) =>
      c.milestones.update({
        programmeSlug,
        milestoneId: p.milestone.id,
        title: "Go live",
        status: "at_risk",
        plannedDate: "2026-04-01",
        forecastDate: "2026-06-01",
      }),
    ),
    "benefits.forPartnership": read((c, p) =>
      c.benefits.forPartnership({ programmeSlug, partnershipId: p.partnership.id }),
    ),
    "benefits.rollUp": read((c) => c.benefits.rollUp({ programmeSlug })),
    "benefits.createMeasure": edit((c, p) =>
      c.benefits.createMeasure({
        programmeSlug,
        partnershipId: p.partnership.id,
        name: "Falls",
        unit: "count",
        direction: "lower",
        baseline: "12",
      }),
    ),
    "benefits.recordActual": edit((c, p) =>
      c.benefits.recordActual({
        programmeSlug,
        measureId: p.measure.id,
        date: "2026-01-01",
        value: "28.5",
      }),
    ),
    "readiness.considerations": read((c) => c.readiness.considerations({ programmeSlug })),
    "readiness.history": read((c, p) =>
      c.readiness.history({ programmeSlug, partnershipId: p.partnership.id }),
    ),
    "readiness.comparison": read((c) => c.readiness.comparison({ programmeSlug })),
    "readiness.create": edit(async (c, p, db) => {
      const considerations = await seedConsiderations(db);
      return c.readiness.create({
        programmeSlug,
        partnershipId: p.partnership.id,
        assessedOn: "2026-02-01",
        scores: considerations.map((k) => ({ considerationId: k.id, score: 3 })),
      });
    }),
    "deliveryCsv.export": read((c) => c.deliveryCsv.export({ programmeSlug, kind: "milestones" })),
    "deliveryCsv.preview": edit((c, p) =>
      c.deliveryCsv.preview({ programmeSlug, kind: "milestones", csv: milestoneCsv(p) }),
    ),
    "deliveryCsv.import": edit((c, p) =>
      c.deliveryCsv.import({ programmeSlug, kind: "milestones", csv: milestoneCsv(p) }),
    ),
    "places.list": read((c) => c.places.list({ programmeSlug })),
    "places.create": {
      allowed: admins,
      call: (c) =>
        c.places.create({ programmeSlug, name: "Wirral", level: "place", parentId: null }),
    },
    "places.update": {
      allowed: admins,
      call: async (c, f, db) => {
        const p = await createPartnershipFixture(db, f);
        return c.places.update({
          programmeSlug,
          placeId: p.place.id,
          name: "Renamed place",
          level: "place",
          parentId: null,
        });
      },
    },
  };
}
