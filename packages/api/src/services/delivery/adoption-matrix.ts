// The adoption matrix: toolkit sections (rows) × partnerships (columns) and the cells set so far.
import type { Db } from "@coproduce/db";

/** Rows per page of the matrix: a large toolkit × every partnership is too big for one page. */
export const MATRIX_ROWS_PER_PAGE = 25;

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

function partnershipsOf(db: Db, programmeId: string) {
  return db.partnership.findMany({
    where: { programmeId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}

/** Cells of the given sections (all when `sectionIds` is omitted), optionally one partnership's. */
function cellsOf(db: Db, programmeId: string, sectionIds?: string[], partnershipId?: string) {
  return db.adoptionCell.findMany({
    where: {
      partnership: { programmeId },
      ...(partnershipId ? { partnershipId } : {}),
      ...(sectionIds ? { sectionId: { in: sectionIds } } : {}),
    },
    include: { updatedBy: { select: { name: true } } },
  });
}

/** The whole matrix, for the CSV export. */
export async function adoptionMatrix(db: Db, programmeId: string) {
  const [sections, partnerships, cells] = await Promise.all([
    toolkitSections(db, programmeId),
    partnershipsOf(db, programmeId),
    cellsOf(db, programmeId),
  ]);
  return { sections, partnerships, cells };
}

/**
 * One page of rows (or the one row `sectionId`, when given) with only their cells, plus how
 * many cells the whole matrix has in each status, for the key.
 */
export async function adoptionMatrixPage(
  db: Db,
  programmeId: string,
  options: { page: number; sectionId?: string },
) {
  const [allSections, partnerships, statusCounts] = await Promise.all([
    toolkitSections(db, programmeId),
    partnershipsOf(db, programmeId),
    db.adoptionCell.groupBy({
      by: ["status"],
      where: { partnership: { programmeId } },
      _count: { _all: true },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(allSections.length / MATRIX_ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page), pages);
  const sections = options.sectionId
    ? allSections.filter((s) => s.id === options.sectionId)
    : allSections.slice((page - 1) * MATRIX_ROWS_PER_PAGE, page * MATRIX_ROWS_PER_PAGE);
  const cells = await cellsOf(
    db,
    programmeId,
    sections.map((s) => s.id),
  );
  const totals: Record<string, number> = {};
  for (const row of statusCounts) totals[row.status] = row._count._all;
  return {
    sections,
    partnerships,
    cells,
    totals,
    page,
    pages,
    sectionCount: allSections.length,
    firstRow: options.sectionId ? 1 : (page - 1) * MATRIX_ROWS_PER_PAGE + 1,
  };
}

/** Every row with one partnership's cells, for that partnership's page. */
export async function partnershipAdoption(db: Db, programmeId: string, partnershipId: string) {
  const [sections, cells] = await Promise.all([
    toolkitSections(db, programmeId),
    cellsOf(db, programmeId, undefined, partnershipId),
  ]);
  return { sections, cells };
}

/** Looks cells up by partnership and section in constant time (the matrix has thousands). */
export function cellIndex<T extends { partnershipId: string; sectionId: string }>(cells: T[]) {
  const byKey = new Map(cells.map((c) => [`${c.partnershipId} ${c.sectionId}`, c]));
  return (partnershipId: string, sectionId: string) => byKey.get(`${partnershipId} ${sectionId}`);
}
