// A section's co-production record: which stakeholder groups, and which people, drafted its
// text, commented, suggested, reviewed and approved it (docs/decisions/0018-co-production-record.md).
// It takes section ids, so it works for any section, a partnership's local variant included.
import type { Db, Role } from "@coproduce/db";
import { roleCan } from "../../permissions.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

export const CO_PRODUCTION_ACTIVITIES = [
  "drafted",
  "commented",
  "suggested",
  "reviewed",
  "approved",
] as const;
export type CoProductionActivity = (typeof CO_PRODUCTION_ACTIVITIES)[number];

/** The groups whose voice the warning before agreeing asks for. */
export const LIVED_EXPERIENCE_GROUPS = ["service_user", "carer"] as const;

export interface CoProductionPerson {
  name: string;
  activities: CoProductionActivity[];
}

export type ActivityCounts = Record<CoProductionActivity, number>;

export interface CoProductionGroup {
  /** A stakeholder group key, or null for people who have not said which group they speak for. */
  key: string | null;
  name: string;
  /** How many people of the group did each thing (a person counts once per activity). */
  counts: ActivityCounts;
  /** How many people of the group took any part. */
  people: number;
  names: CoProductionPerson[];
}

export interface CoProductionRecord {
  /** Every stakeholder group in the usual order, then "No group given"; zeros included. */
  groups: CoProductionGroup[];
  /** Whether any service user or carer took any part. */
  livedExperience: boolean;
}

/** The client or a transaction's client (publishing freezes the record inside its transaction). */
export type RecordReader = Pick<
  Db,
  | "stakeholderGroup"
  | "user"
  | "collabUpdate"
  | "documentContributor"
  | "commentThread"
  | "sectionSuggestion"
  | "decisionEntry"
  | "releaseSection"
>;

export const NO_GROUP_NAME = "No group given";

function noCounts(): ActivityCounts {
  return { drafted: 0, commented: 0, suggested: 0, reviewed: 0, approved: 0 };
}

/** Who did what in one section: person key (user id, or a frozen approver name) -> activities. */
type Deeds = Map<string, Set<CoProductionActivity>>;

export async function loadCoProductionRecords(
  db: RecordReader,
  programmeId: string,
  sectionIds: string[],
): Promise<Map<string, CoProductionRecord>> {
  const deeds = new Map<string, Deeds>(sectionIds.map((id) => [id, new Map()]));
  const note = (sectionId: string, person: string, activity: CoProductionActivity) => {
    const bySection = deeds.get(sectionId);
    if (!bySection) return;
    const did = bySection.get(person) ?? new Set();
    did.add(activity);
    bySection.set(person, did);
  };
  const sectionByDocument = new Map(sectionIds.map((id) => [sectionDocumentName(id), id]));
  const documentNames = [...sectionByDocument.keys()];
  const [logged, kept, threads, suggestions, statusDecisions, released, groups] = await Promise.all(
    [
      // Drafting: the durable log's attribution, and the authors kept when the log is compacted.
      // Server-made changes (initial content) carry no user and are nobody's drafting.
      db.collabUpdate.groupBy({
        by: ["documentName", "userId"],
        where: { documentName: { in: documentNames }, userId: { not: null } },
      }),
      db.documentContributor.findMany({
        where: { documentName: { in: documentNames } },
        select: { documentName: true, userId: true },
      }),
      db.commentThread.findMany({
        where: { sectionId: { in: sectionIds } },
        select: { sectionId: true, comments: { select: { authorId: true } } },
      }),
      db.sectionSuggestion.findMany({
        where: { sectionId: { in: sectionIds } },
        select: { sectionId: true, authorId: true, status: true, decidedById: true },
      }),
      db.decisionEntry.findMany({
        where: {
          programmeId,
          sectionId: { in: sectionIds },
          kind: "status_changed",
          actorId: { not: null },
        },
        select: { sectionId: true, actorId: true },
      }),
      // Approvals of the published releases that carried the section (names as frozen then).
      db.releaseSection.findMany({
        where: { sectionId: { in: sectionIds } },
        select: {
          sectionId: true,
          release: {
            select: {
              reviews: {
                where: { verdict: "approved" },
                select: { userId: true, personName: true },
              },
            },
          },
        },
      }),
      db.stakeholderGroup.findMany({
        orderBy: { sortOrder: "asc" },
        select: { key: true, name: true },
      }),
    ],
  );
  for (const row of [...logged, ...kept]) {
    const sectionId = sectionByDocument.get(row.documentName);
    if (sectionId && row.userId) note(sectionId, `user:${row.userId}`, "drafted");
  }
  for (const thread of threads) {
    for (const comment of thread.comments)
      note(thread.sectionId, `user:${comment.authorId}`, "commented");
  }
  for (const suggestion of suggestions) {
    note(suggestion.sectionId, `user:${suggestion.authorId}`, "suggested");
    const judged = suggestion.status === "accepted" || suggestion.status === "rejected";
    if (judged && suggestion.decidedById)
      note(suggestion.sectionId, `user:${suggestion.decidedById}`, "reviewed");
  }
  for (const decision of statusDecisions) {
    if (decision.sectionId && decision.actorId)
      note(decision.sectionId, `user:${decision.actorId}`, "reviewed");
  }
  const frozenNames = new Map<string, string>();
  for (const row of released) {
    for (const review of row.release.reviews) {
      // An approver whose account was deleted is still counted, by the name frozen at the time.
      const person = review.userId ? `user:${review.userId}` : `name:${review.personName}`;
      if (!review.userId) frozenNames.set(person, review.personName);
      note(row.sectionId, person, "approved");
    }
  }

  const userIds = new Set<string>();
  for (const bySection of deeds.values())
    for (const person of bySection.keys())
      if (person.startsWith("user:")) userIds.add(person.slice(5));
  const users = await db.user.findMany({
    where: { id: { in: [...userIds] } },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { programmeId },
        select: { role: true, stakeholderGroup: { select: { key: true } } },
      },
    },
  });
  const userById = new Map(users.map((u) => [u.id, u]));
  const personOf = (person: string) => {
    const user = person.startsWith("user:") ? userById.get(person.slice(5)) : undefined;
    const membership = user?.memberships[0];
    return {
      name: user?.name ?? frozenNames.get(person) ?? "Someone who has left",
      groupKey: membership?.stakeholderGroup?.key ?? null,
      // Someone who may only suggest writes to the live text only as suggestions (the
      // collaboration server refuses anything else): that is suggesting, not drafting.
      mayDraft: membership ? roleCan(membership.role as Role, "toolbox:edit") : true,
    };
  };

  const records = new Map<string, CoProductionRecord>();
  for (const [sectionId, bySection] of deeds) {
    const buckets = [
      ...groups.map((g) => ({ key: g.key as string | null, name: g.name })),
      { key: null, name: NO_GROUP_NAME },
    ].map((g) => ({ ...g, counts: noCounts(), people: 0, names: [] as CoProductionPerson[] }));
    const bucketOf = new Map(buckets.map((b) => [b.key, b]));
    for (const [person, did] of bySection) {
      const { name, groupKey, mayDraft } = personOf(person);
      const bucket = bucketOf.get(groupKey) ?? bucketOf.get(null)!;
      const activities = CO_PRODUCTION_ACTIVITIES.filter(
        (a) => did.has(a) && (a !== "drafted" || mayDraft),
      );
      if (activities.length === 0) continue;
      for (const activity of activities) bucket.counts[activity] += 1;
      bucket.people += 1;
      bucket.names.push({ name, activities });
    }
    for (const bucket of buckets) bucket.names.sort((a, b) => a.name.localeCompare(b.name));
    records.set(sectionId, {
      groups: buckets,
      livedExperience: buckets.some(
        (b) =>
          b.people > 0 && (LIVED_EXPERIENCE_GROUPS as readonly (string | null)[]).includes(b.key),
      ),
    });
  }
  return records;
}

export async function loadCoProductionRecord(
  db: RecordReader,
  programmeId: string,
  sectionId: string,
): Promise<CoProductionRecord> {
  const records = await loadCoProductionRecords(db, programmeId, [sectionId]);
  return records.get(sectionId)!;
}

/** The record as the public may see it: groups and counts, never names. */
export function publicCoProductionRecord(record: CoProductionRecord) {
  return {
    groups: record.groups.map(({ key, name, counts, people }) => ({ key, name, counts, people })),
    livedExperience: record.livedExperience,
  };
}
export type PublicCoProductionRecord = ReturnType<typeof publicCoProductionRecord>;

/** Reads a record frozen into a release; null when the release predates frozen records. */
export function parseFrozenRecord(json: string | null): CoProductionRecord | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as CoProductionRecord;
  } catch {
    return null;
  }
}
