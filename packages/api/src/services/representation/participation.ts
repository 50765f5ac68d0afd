// Reads who took part in a programme: people who edited its Toolbox sections (from the live
// log and the contributors kept through compaction), people who commented, attendances at
// Change Academy sessions (members and guests), and the feedback it received.
import type { Db } from "@coproduce/db";
import type { Participation } from "./tally.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";

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
  const [sections, memberships, feedback, places, commenters, attendances, groups] =
    await Promise.all([
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
      db.comment.findMany({
        where: { thread: { section: { document: { toolbox: { programmeId } } } } },
        distinct: ["authorId"],
        select: { authorId: true },
      }),
      db.academyAttendance.findMany({
        where: { session: { programmeId } },
        select: { userId: true, stakeholderGroupId: true },
      }),
      db.stakeholderGroup.findMany({ select: { id: true, key: true } }),
    ]);
  const groupKeyById = new Map(groups.map((g) => [g.id, g.key]));
  const toPlace = placeLevelAncestors(places);
  const documentNames = sections.map((s) => sectionDocumentName(s.id));
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
  const memberById = new Map(memberships.map((m) => [m.userId, m]));
  const memberPlace = (userId: string | null) => {
    const placeId = userId ? (memberById.get(userId)?.organisation?.placeId ?? null) : null;
    return placeId ? (toPlace.get(placeId) ?? null) : null;
  };
  const memberGroup = (userId: string) => memberById.get(userId)?.stakeholderGroup?.key ?? null;
  for (const member of memberships) {
    if (!editors.has(member.userId)) continue;
    participation.push({
      activity: "editing",
      groupKey: memberGroup(member.userId),
      placeId: memberPlace(member.userId),
    });
  }
  for (const { authorId } of commenters) {
    if (!memberById.has(authorId)) continue;
    participation.push({
      activity: "comments",
      groupKey: memberGroup(authorId),
      placeId: memberPlace(authorId),
    });
  }
  for (const attendance of attendances) {
    participation.push({
      activity: "sessions",
      // The group given when joining (guests say it themselves), else the member's own.
      groupKey: attendance.stakeholderGroupId
        ? (groupKeyById.get(attendance.stakeholderGroupId) ?? null)
        : attendance.userId
          ? memberGroup(attendance.userId)
          : null,
      placeId: memberPlace(attendance.userId),
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
