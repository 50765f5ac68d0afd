// Reads who took part in a programme: people who edited its Toolbox sections (from the live
// log and the contributors kept through compaction) and the feedback it received.
import type { Db } from "@coproduce/db";
import type { Participation } from "./tally.js";

/** Maps each place to the "place" level above it (or itself), so localities roll up. */
function placeLevelAncestors(places: { id: string; parentId: string | null; level: string }[]) {
  const byId = new Map(places.map((p) => [p.id, p]));
  const ancestor = new Map<string, string | null>();
  for (const place of places) {
    let current: (typeof places)[number] | undefined = place;
    while (current && current.level !== "place")
      current = current.parentId ? byId.get(current.parentId) : undefined;
    ancestor.set(place.id, current?.id ?? null);
  }
  return ancestor;
}

export async function loadParticipation(db: Db, programmeId: string): Promise<Participation[]> {
  const [sections, memberships, feedback, places] = await Promise.all([
    db.section.findMany({
      where: { document: { toolbox: { programmeId } } },
      select: { id: true },
    }),
    db.membership.findMany({
      where: { programmeId },
      select: {
        userId: true,
        stakeholderGroup: { select: { key: true } },
        organisation: { select: { placeId: true } },
      },
    }),
    db.feedback.findMany({
      where: { programmeId },
      select: { stakeholderGroup: { select: { key: true } }, placeId: true },
    }),
    db.place.findMany({
      where: { programmeId },
      select: { id: true, parentId: true, level: true },
    }),
  ]);
  const toPlace = placeLevelAncestors(places);
  const documentNames = sections.map((s) => `section:${s.id}`);
  const [logged, kept] = await Promise.all([
    db.collabUpdate.findMany({
      where: { documentName: { in: documentNames }, userId: { not: null } },
      distinct: ["userId"],
      select: { userId: true },
    }),
    db.documentContributor.findMany({
      where: { documentName: { in: documentNames } },
      distinct: ["userId"],
      select: { userId: true },
    }),
  ]);
  const editors = new Set([...logged, ...kept].map((row) => row.userId!));
  const participation: Participation[] = [];
  for (const member of memberships) {
    if (!editors.has(member.userId)) continue;
    const placeId = member.organisation?.placeId ?? null;
    participation.push({
      activity: "editing",
      groupKey: member.stakeholderGroup?.key ?? null,
      placeId: placeId ? (toPlace.get(placeId) ?? null) : null,
    });
  }
  for (const item of feedback) {
    participation.push({
      activity: "feedback",
      groupKey: item.stakeholderGroup?.key ?? null,
      placeId: item.placeId ? (toPlace.get(item.placeId) ?? null) : null,
    });
  }
  return participation;
}
