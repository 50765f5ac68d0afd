// Delivery-model data for the nine Early Adopters: partnership members, an adoption matrix,
// milestones (some slipped), monthly benefit actuals and readiness assessments. Deterministic:
// values come from a seeded pseudo-random generator, so every seed is the same.
import type { Db } from "../client.js";
import type { AdoptionStatus, MilestoneStatus } from "@coproduce/shared/vocabulary";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** mulberry32: a tiny, well-known seeded generator (same sequence for the same seed). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Who belongs to which partnership (by partnership name), so non-admins can edit one. */
export const PARTNERSHIP_MEMBERS: Record<string, string[]> = {
  "Northbridge Together": ["editor@example.org", "contributor@example.org"],
  "Eastmoor Integrated Care Partnership": ["sian.roberts@example.org"],
  "Westerleigh Health and Care Alliance": ["facilitator@example.org"],
};

const CONTACTS: Record<string, string> = {
  "Northbridge Together": "Dr Helen Price, clinical lead, editor@example.org",
  "Eastmoor Integrated Care Partnership": "Siân Roberts, programme manager",
};

const VARIATIONS = [
  "Run by the council's reablement team rather than the community trust.",
  "Covers people over 75 first, then over 65 from next year.",
  "Uses the existing GP federation contract instead of a new alliance agreement.",
  "Meets fortnightly, not weekly, because of the rural geography.",
  "Adds a carers' representative to every team.",
];
const REASONS = [
  "Already covered by the borough's existing arrangements.",
  "Not relevant to a care homes model.",
];

const MILESTONES = [
  { title: "Partnership agreement signed", offsetMonths: -6 },
  { title: "Care co-ordinators recruited", offsetMonths: -3 },
  { title: "Shared care record live", offsetMonths: -1 },
  { title: "Go live", offsetMonths: 0 },
  { title: "First quarterly benefits review", offsetMonths: 3 },
];
const OWNERS = ["Programme manager", "Clinical lead", "Head of IT", "Finance lead", "Director"];

/** Measures shared by several partnerships (so they roll up), and one local to each. */
const SHARED_MEASURES = [
  {
    name: "Emergency admissions of people over 65",
    unit: "per 1,000 per month",
    direction: "lower",
    baseline: 24,
    target: 20,
  },
  {
    name: "People with a shared care plan",
    unit: "%",
    direction: "higher",
    baseline: 12,
    target: 60,
  },
] as const;

const ACTUAL_MONTHS = 18;
const FIRST_MONTH = Date.UTC(2025, 4, 1); // May 2025: 18 months to October 2026

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}
function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60 * 1000);
}
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function seedDelivery(
  tx: Tx,
  {
    programmeId,
    userIds,
    today,
  }: { programmeId: string; userIds: Map<string, string>; today: Date },
) {
  const random = seededRandom(20250401);
  const partnerships = await tx.partnership.findMany({
    where: { programmeId },
    orderBy: { name: "asc" },
  });
  const sections = await tx.section.findMany({
    where: { parentId: null, document: { kind: "toolkit", toolbox: { programmeId } } },
    orderBy: { sortOrder: "asc" },
  });
  const considerations = await tx.practicalConsideration.findMany({ orderBy: { number: "asc" } });
  const admin = userIds.get("admin@example.org") ?? null;

  for (const [index, p] of partnerships.entries()) {
    for (const email of PARTNERSHIP_MEMBERS[p.name] ?? []) {
      const userId = userIds.get(email);
      if (userId) await tx.partnershipMember.create({ data: { partnershipId: p.id, userId } });
    }
    if (CONTACTS[p.name]) {
      await tx.partnership.update({ where: { id: p.id }, data: { contacts: CONTACTS[p.name] } });
    }

    // Adoption: further along for live partnerships, early for those still designing.
    const maturity = { designing: 0.25, mobilising: 0.5, live: 0.8, scaling: 0.95 }[
      p.status as "designing"
    ];
    for (const [s, section] of sections.entries()) {
      const roll = random();
      let status: AdoptionStatus;
      if (p.careModelType === "care_homes" && s === sections.length - 2) status = "not_applicable";
      else if (roll < maturity * 0.6) status = "adopted";
      else if (roll < maturity) status = "adapted";
      else if (roll < maturity + 0.25) status = "planned";
      else status = "not_started";
      const cell = {
        partnershipId: p.id,
        sectionId: section.id,
        status,
        variation: status === "adapted" ? VARIATIONS[(index + s) % VARIATIONS.length]! : "",
        plannedFor: status === "planned" ? addMonths(today, 1 + ((index + s) % 6)) : null,
        reason: status === "not_applicable" ? REASONS[1]! : "",
        evidence:
          status === "adopted" || status === "adapted"
            ? `https://example.org/${p.slug}/evidence/${s + 1}`
            : "",
        updatedById: admin,
      };
      await tx.adoptionCell.create({ data: cell });
    }

    // Milestones around the planned go-live; some slip (forecast or actual after plan).
    const goLive = p.plannedGoLive ?? today;
    for (const [m, template] of MILESTONES.entries()) {
      const plannedDate = addMonths(goLive, template.offsetMonths);
      const slip = random() < 0.45 ? Math.round(14 + random() * 76) : 0;
      const current = addDays(plannedDate, slip);
      const done = current.getTime() < today.getTime();
      const status: MilestoneStatus = done
        ? "complete"
        : slip > 0
          ? "at_risk"
          : current.getTime() - today.getTime() < 90 * 864e5
            ? "in_progress"
            : "not_started";
      await tx.milestone.create({
        data: {
          partnershipId: p.id,
          title: template.title,
          owner: OWNERS[(index + m) % OWNERS.length]!,
          status,
          plannedDate,
          forecastDate: done ? null : slip > 0 ? current : null,
          actualDate: done ? current : null,
        },
      });
    }

    // Benefits: shared measures for most partnerships, 18 monthly actuals each. Live
    // partnerships improve after go-live (a real shift), others vary around the baseline.
    const measures = [
      ...SHARED_MEASURES.filter((_, k) => k === 0 || index % 3 !== 2),
      {
        name: "Days spent at home in the last 90",
        unit: "days",
        direction: "higher",
        baseline: 78 + (index % 4),
        target: 84,
      },
    ];
    for (const template of measures) {
      const measure = await tx.benefitMeasure.create({
        data: {
          partnershipId: p.id,
          name: template.name,
          unit: template.unit,
          direction: template.direction,
          baseline: template.baseline,
          target: template.target,
          targetDate: new Date(Date.UTC(2027, 2, 31)),
        },
      });
      const good = template.direction === "higher" ? 1 : -1;
      const improvement = Math.abs(template.target - template.baseline) * 0.6;
      const noise = Math.max(0.6, Math.abs(template.baseline) * 0.05);
      const actuals = [];
      for (let month = 0; month < ACTUAL_MONTHS; month++) {
        const date = new Date(FIRST_MONTH);
        date.setUTCMonth(date.getUTCMonth() + month);
        const live = p.actualGoLive && date.getTime() >= p.actualGoLive.getTime();
        const value =
          template.baseline + (live ? good * improvement : 0) + (random() - 0.5) * 2 * noise;
        actuals.push({ measureId: measure.id, date, value: Math.max(0, round1(value)) });
      }
      await tx.benefitActual.createMany({ data: actuals });
    }

    // Readiness: three assessments six months apart, scores rising over time.
    const start = [1.6, 2.2, 2.8, 3.4][
      ["designing", "mobilising", "live", "scaling"].indexOf(p.status)
    ]!;
    for (let a = 0; a < 3; a++) {
      const assessedOn = new Date(Date.UTC(2025, 3 + a * 6, 1));
      if (assessedOn.getTime() > today.getTime()) break;
      await tx.readinessAssessment.create({
        data: {
          partnershipId: p.id,
          assessedOn,
          createdById: admin,
          scores: {
            create: considerations.map((c) => {
              const score = Math.min(
                5,
                Math.max(1, Math.round(start + a * 0.6 + (random() - 0.5) * 2)),
              );
              return {
                considerationId: c.id,
                score,
                evidence:
                  score >= 3
                    ? `Agreed at the partnership board; see ${c.title.toLowerCase()} plan.`
                    : "",
                actions:
                  score <= 3
                    ? `Agree next steps for ${c.title.toLowerCase()} by the next assessment.`
                    : "",
              };
            }),
          },
        },
      });
    }
  }
}
