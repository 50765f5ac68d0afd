// The adoption matrix: toolkit sections (rows) × partnerships (columns) and the cells set so far.
import type { Db } from "@coproduce/db";

/** The matrix rows: top-level, non-archived sections of the programme's toolkit documents. */
export function toolkitSections(db: Db, programmeId: string) {
  return db.section.findMany({
    where: {
      parentId: null,
      archivedAt: null,
      document: { kind: "toolkit", toolbox: { programmeId } },
    },
    orderBy: [{ document: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true, title: true },
  });
}

export async function adoptionMatrix(db: Db, programmeId: string) {
  const [sections, partnerships, cells] = await Promise.all([
    toolkitSections(db, programmeId),
    db.partnership.findMany({
      where: { programmeId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true },
    }),
    db.adoptionCell.findMany({
      where: { partnership: { programmeId } },
      include: { updatedBy: { select: { name: true } } },
    }),
  ]);
  return { sections, partnerships, cells };
}
