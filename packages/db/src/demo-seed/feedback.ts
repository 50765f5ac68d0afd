// Demo feedback: what service users, carers and staff said about the Toolbox and the delivery
// models, some already answered ("you said, we did"), some waiting for moderation; the
// programme's list of themes; and its representation targets.
import { createHash } from "node:crypto";
import type { Prisma } from "../generated/client.js";
import { FEEDBACK_CONSENT_TEXT } from "@coproduce/shared/vocabulary";

type Tx = Prisma.TransactionClient;

export const FEEDBACK_THEMES = [
  "Access and waiting",
  "Care at home",
  "Carers' support",
  "Information and records",
  "Out of hours",
  "Plain language",
];

/** Share of all contributions the programme aims for, per stakeholder group, in per cent. */
const TARGETS: Record<string, number> = {
  service_user: 25,
  carer: 15,
  clinician: 15,
  social_care: 10,
  voluntary_sector: 10,
};

interface SeedFeedback {
  about:
    | { type: "section"; title: string }
    | { type: "partnership"; index: number }
    | { type: "programme" };
  group: string | null;
  rating: number | null;
  body: string;
  themes: string[];
  response?: { status: string; text: string };
  /** Published on "you said, we did" (only with a response), or waiting. */
  published?: boolean;
}

const FEEDBACK: SeedFeedback[] = [
  {
    about: { type: "section", title: "Care planning and co-ordination" },
    group: "carer",
    rating: 2,
    body: "I had to tell my mum's story five times in one week. Nobody seemed to have the care plan.",
    themes: ["Information and records", "Carers' support"],
    response: {
      status: "change_made",
      text: "We changed the care planning section so that one shared care plan follows the person, and every partnership now checks this in their readiness self-assessment.",
    },
    published: true,
  },
  {
    about: { type: "section", title: "Co-design with service users and carers" },
    group: "service_user",
    rating: 4,
    body: "Good to see service users in the workshops. Please hold some in the evening so people who work can come.",
    themes: ["Access and waiting"],
    response: {
      status: "change_planned",
      text: "The Change Academy will run every third session in the evening from next quarter.",
    },
    published: true,
  },
  {
    about: { type: "programme" },
    group: "service_user",
    rating: 3,
    body: "Some of the toolkit uses words I do not understand, like 'capitated budget'.",
    themes: ["Plain language"],
    response: {
      status: "change_made",
      text: "We added plain-language summaries to the financial flows handbook and explain each term the first time it is used.",
    },
    published: true,
  },
  {
    about: { type: "partnership", index: 0 },
    group: "carer",
    rating: 2,
    body: "After 6pm there is nobody to call when my husband gets confused. We end up at A&E.",
    themes: ["Out of hours", "Carers' support"],
    response: {
      status: "being_considered",
      text: "The partnership is looking at a single out-of-hours number for people on the frailty register.",
    },
    published: true,
  },
  {
    about: { type: "partnership", index: 2 },
    group: "voluntary_sector",
    rating: 4,
    body: "The multidisciplinary team meetings now include our befriending service. It has made a real difference.",
    themes: ["Care at home"],
    response: {
      status: "received",
      text: "Thank you. We will share this with the other partnerships.",
    },
    published: true,
  },
  {
    about: { type: "section", title: "Lawful basis for sharing" },
    group: "citizen",
    rating: 3,
    body: "I am happy for my records to be shared between my GP and the hospital, but I want to know who looked at them.",
    themes: ["Information and records"],
    response: {
      status: "not_changed",
      text: "Access logs already exist in each system, but a single view is not possible yet. We have asked the shared care record board to consider it.",
    },
    published: true,
  },
  {
    about: { type: "programme" },
    group: null,
    rating: 1,
    body: "Waited three weeks for a care assessment. Ring me on 07700 900456 if you want to hear more.",
    themes: [],
  },
  {
    about: { type: "partnership", index: 4 },
    group: "clinician",
    rating: 3,
    body: "Care home staff need direct access to the community geriatrician, not a referral form.",
    themes: [],
  },
  {
    about: { type: "section", title: "Multidisciplinary teams" },
    group: "social_care",
    rating: 4,
    body: "Please include social care in the MDT from the start, not only for discharge.",
    themes: [],
  },
];

function demoToken(index: number): string {
  return createHash("sha256").update(`demo-feedback-${index}`).digest("hex");
}

export async function seedFeedback(
  tx: Tx,
  programmeId: string,
  moderatorId: string,
): Promise<void> {
  const themeIds = new Map<string, string>();
  for (const name of FEEDBACK_THEMES) {
    const theme = await tx.feedbackTheme.create({ data: { programmeId, name, curated: true } });
    themeIds.set(name, theme.id);
  }
  const groups = new Map(
    (await tx.stakeholderGroup.findMany()).map((group) => [group.key, group.id]),
  );
  for (const [key, targetPercent] of Object.entries(TARGETS)) {
    await tx.representationTarget.create({
      data: { programmeId, stakeholderGroupId: groups.get(key)!, targetPercent },
    });
  }
  const partnerships = await tx.partnership.findMany({
    where: { programmeId },
    orderBy: { name: "asc" },
  });
  const places = await tx.place.findMany({
    where: { programmeId, level: "place" },
    orderBy: { name: "asc" },
  });
  const sections = await tx.section.findMany({ where: { document: { toolbox: { programmeId } } } });

  // Spread over the last few weeks, oldest first.
  const start = Date.UTC(2026, 9, 1);
  for (const [index, item] of FEEDBACK.entries()) {
    const about =
      item.about.type === "section"
        ? sections.find((s) => s.title === (item.about as { title: string }).title)
        : null;
    const partnership =
      item.about.type === "partnership" ? partnerships[item.about.index] : undefined;
    const target = about
      ? {
          targetType: "section",
          targetId: about.id,
          targetTitle: about.title,
          releaseVersion: "1.0",
        }
      : partnership
        ? {
            targetType: "partnership",
            targetId: partnership.id,
            targetTitle: `${partnership.name} delivery model`,
          }
        : { targetType: "programme", targetTitle: "Whole Systems Integrated Care" };
    const createdAt = new Date(start + index * 4 * 24 * 3600 * 1000);
    const answered = item.response
      ? {
          status: item.response.status,
          response: item.response.text,
          respondedAt: new Date(createdAt.getTime() + 3 * 24 * 3600 * 1000),
          respondedById: moderatorId,
        }
      : {};
    const published = item.published
      ? {
          moderation: "approved",
          publicBody: item.body,
          moderatedAt: new Date(createdAt.getTime() + 24 * 3600 * 1000),
          moderatedById: moderatorId,
        }
      : {};
    await tx.feedback.create({
      data: {
        programmeId,
        ...target,
        rating: item.rating,
        body: item.body,
        stakeholderGroupId: item.group ? groups.get(item.group)! : null,
        placeId: places[index % places.length]?.id ?? null,
        consentText: FEEDBACK_CONSENT_TEXT,
        trackTokenHash: demoToken(index),
        senderHash: "demo",
        createdAt,
        ...answered,
        ...published,
        themes: {
          create: item.themes.map((name) => ({ themeId: themeIds.get(name)! })),
        },
      },
    });
  }
}
