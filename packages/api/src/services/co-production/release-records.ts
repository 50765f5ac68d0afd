// The co-production records frozen into a release, as the public sees them: per section and
// summed over the release, groups and counts only.
import type { Db } from "@coproduce/db";
import {
  CO_PRODUCTION_ACTIVITIES,
  parseFrozenRecord,
  publicCoProductionRecord,
  type ActivityCounts,
} from "./record.js";

export async function frozenPublicRecords(db: Db, releaseId: string) {
  const rows = await db.releaseSection.findMany({
    where: { releaseId },
    orderBy: { position: "asc" },
    select: { sectionId: true, title: true, coProduction: true },
  });
  const sections = rows.flatMap((row) => {
    const record = parseFrozenRecord(row.coProduction);
    return record
      ? [{ sectionId: row.sectionId, title: row.title, ...publicCoProductionRecord(record) }]
      : [];
  });
  // Summed over sections: how many times a person of the group did each thing in a section.
  const totals = new Map<string, { key: string | null; name: string; counts: ActivityCounts }>();
  for (const section of sections) {
    for (const group of section.groups) {
      const id = group.key ?? "";
      const total = totals.get(id) ?? {
        key: group.key,
        name: group.name,
        counts: { drafted: 0, commented: 0, suggested: 0, reviewed: 0, approved: 0 },
      };
      for (const activity of CO_PRODUCTION_ACTIVITIES)
        total.counts[activity] += group.counts[activity];
      totals.set(id, total);
    }
  }
  return { sections, totals: [...totals.values()], recorded: sections.length > 0 };
}
