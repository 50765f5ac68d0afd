// Builds the demo programme from the seed documents in shared/seeds. Deterministic: the same
// data every time. Called by scripts/setup.ts when the database has no programme yet.
import type { Db } from "../client.js";
import { STAKEHOLDER_GROUPS } from "@coproduce/shared/vocabulary";
import { PRACTICAL_CONSIDERATIONS } from "./considerations.js";
import { VANGUARDS } from "./vanguards.js";
import {
  BOROUGHS,
  boroughOrganisations,
  ICS,
  LOCALITIES,
  NEIGHBOURHOODS,
  SYSTEM_ORGANISATIONS,
} from "./places-and-organisations.js";
import { DEMO_ACCOUNTS, OTHER_MEMBERS } from "./people.js";
import { TOOLBOX_DOCUMENTS, type SeedSection } from "./toolbox-content.js";
import { PARTNERSHIPS } from "./partnerships.js";
import { seedFeedback } from "./feedback.js";
import { seedAcademy } from "./academy.js";
import { seedDelivery } from "./delivery.js";
import { seedLocalVersions } from "./local-versions.js";

export { DEMO_PASSWORD, DEMO_ACCOUNTS } from "./people.js";
export const DEMO_PROGRAMME_SLUG = "whole-systems";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function seedDemo(db: Db, options: { passwordHash: string }): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      await seedProgramme(tx, options.passwordHash);
    },
    { timeout: 60_000 },
  );
}

/** Global lists shared by every programme. */
async function seedReferenceData(tx: Tx) {
  for (const [sortOrder, group] of STAKEHOLDER_GROUPS.entries()) {
    await tx.stakeholderGroup.upsert({
      where: { key: group.key },
      create: { ...group, sortOrder },
      update: { name: group.name, description: group.description, sortOrder },
    });
  }
  for (const consideration of PRACTICAL_CONSIDERATIONS) {
    await tx.practicalConsideration.upsert({
      where: { number: consideration.number },
      create: consideration,
      update: consideration,
    });
  }
  for (const vanguard of VANGUARDS) {
    await tx.referenceExample.upsert({
      where: { name: vanguard.name },
      create: vanguard,
      update: vanguard,
    });
  }
}

async function seedProgramme(tx: Tx, passwordHash: string) {
  const programme = await tx.programme.create({
    data: {
      slug: DEMO_PROGRAMME_SLUG,
      name: "Whole Systems Integrated Care",
      description:
        "Nine local partnerships, their councils, hospitals, GPs, voluntary groups, service users and carers are designing joined-up care together. The first delivery models are for people aged over 65.",
      population: ICS.population,
    },
  });
  const programmeId = programme.id;

  // Places: the system, its boroughs, and a few localities.
  const ics = await tx.place.create({
    data: { programmeId, name: ICS.name, level: "ics", population: ICS.population },
  });
  const boroughIds = new Map<string, string>();
  for (const borough of BOROUGHS) {
    const place = await tx.place.create({
      data: {
        programmeId,
        parentId: ics.id,
        name: borough.name,
        level: "place",
        population: borough.population,
      },
    });
    boroughIds.set(borough.name, place.id);
  }
  const localityIds = new Map<string, string>();
  for (const locality of LOCALITIES) {
    const place = await tx.place.create({
      data: {
        programmeId,
        parentId: boroughIds.get(locality.borough)!,
        name: locality.name,
        level: "locality",
        population: locality.population,
      },
    });
    localityIds.set(locality.name, place.id);
  }
  for (const neighbourhood of NEIGHBOURHOODS) {
    await tx.place.create({
      data: {
        programmeId,
        parentId: localityIds.get(neighbourhood.locality)!,
        name: neighbourhood.name,
        level: "neighbourhood",
        population: neighbourhood.population,
      },
    });
  }

  // Organisations from every sector.
  const organisationIds = new Map<string, string>();
  for (const organisation of SYSTEM_ORGANISATIONS) {
    const created = await tx.organisation.create({
      data: { programmeId, placeId: ics.id, ...organisation },
    });
    organisationIds.set(organisation.name, created.id);
  }
  for (const borough of BOROUGHS) {
    for (const organisation of boroughOrganisations(borough.name)) {
      const created = await tx.organisation.create({
        data: { programmeId, placeId: boroughIds.get(borough.name)!, ...organisation },
      });
      organisationIds.set(organisation.name, created.id);
    }
  }

  // People and their memberships.
  const groups = await tx.stakeholderGroup.findMany();
  const groupId = new Map(groups.map((g) => [g.key, g.id]));
  const userIds = new Map<string, string>();
  for (const person of [...DEMO_ACCOUNTS, ...OTHER_MEMBERS]) {
    const user = await tx.user.create({
      data: { email: person.email, name: person.name, passwordHash },
    });
    userIds.set(person.email, user.id);
    await tx.membership.create({
      data: {
        userId: user.id,
        programmeId,
        role: person.role,
        stakeholderGroupId: groupId.get(person.stakeholderGroupKey) ?? null,
        organisationId: person.organisation
          ? (organisationIds.get(person.organisation) ?? null)
          : null,
      },
    });
  }

  // The Toolbox: toolkit and handbooks, with section owners spread over the editors.
  const owners = [...DEMO_ACCOUNTS, ...OTHER_MEMBERS]
    .filter((p) => p.role === "editor" || p.role === "admin")
    .map((p) => userIds.get(p.email)!);
  const toolbox = await tx.toolbox.create({
    data: { programmeId, title: "Integrated Care Toolbox" },
  });
  let ownerTurn = 0;
  const createSections = async (
    documentId: string,
    parentId: string | null,
    sections: SeedSection[],
  ) => {
    for (const [sortOrder, section] of sections.entries()) {
      const created = await tx.section.create({
        data: {
          documentId,
          parentId,
          title: section.title,
          status: section.status,
          plainText: section.text,
          sortOrder,
          ownerId: owners[ownerTurn++ % owners.length] ?? null,
        },
      });
      await createSections(documentId, created.id, section.children ?? []);
    }
  };
  for (const [sortOrder, document] of TOOLBOX_DOCUMENTS.entries()) {
    const created = await tx.document.create({
      data: {
        toolboxId: toolbox.id,
        kind: document.kind,
        slug: document.slug,
        title: document.title,
        summary: document.summary,
        sortOrder,
      },
    });
    await createSections(created.id, null, document.sections);
  }

  // The nine Early Adopter partnerships.
  const communityTrust = organisationIds.get("Riverside Community Health NHS Trust")!;
  for (const partnership of PARTNERSHIPS) {
    const population = BOROUGHS.find((b) => b.name === partnership.borough)!.population;
    const members = new Set([
      organisationIds.get(partnership.lead)!,
      communityTrust,
      ...boroughOrganisations(partnership.borough).map((o) => organisationIds.get(o.name)!),
    ]);
    await tx.partnership.create({
      data: {
        programmeId,
        slug: partnership.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, ""),
        name: partnership.name,
        placeId: boroughIds.get(partnership.borough)!,
        leadOrganisationId: organisationIds.get(partnership.lead)!,
        cohort: "People aged over 65",
        // About one in seven residents is over 65.
        cohortSize: Math.round(population * 0.15),
        careModelType: partnership.careModelType,
        status: partnership.status,
        plannedGoLive: new Date(partnership.plannedGoLive),
        actualGoLive: partnership.actualGoLive ? new Date(partnership.actualGoLive) : null,
        description: partnership.description,
        organisations: { create: [...members].map((organisationId) => ({ organisationId })) },
      },
    });
  }

  const facilitator = await tx.user.findUniqueOrThrow({
    where: { email: "facilitator@example.org" },
  });
  await seedFeedback(tx, programmeId, facilitator.id);
  await seedAcademy(tx, programmeId, facilitator.id);
  // Their delivery models: adoption, milestones, benefits and readiness (fixed "today" so the
  // demo is the same every time it is built).
  await seedDelivery(tx, { programmeId, userIds, today: new Date(Date.UTC(2026, 10, 1)) });
  await seedLocalVersions(tx, programmeId);
}
