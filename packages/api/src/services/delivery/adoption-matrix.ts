// The adoption matrix: toolkit sections (rows) × partnerships (columns) and the cells set so far.
// At a real programme's size it is filtered (care model type, place with its sub-places,
// partnership status) and paged both ways: 25 sections by 20 partnerships at a time.
import type { Db, Prisma } from "@coproduce/db";
import { loadPlaces, placeAndDescendants } from "./places.js";
import { resolvePlaceFilter } from "./place-filter.js";

/** Rows per page of the matrix: a large toolkit × every partnership is too big for one page. */
export const MATRIX_ROWS_PER_PAGE = 25;
/** Columns per page: 20 partnerships still fit a laptop screen with the section titles. */
export const MATRIX_PARTNERSHIPS_PER_PAGE = 20;

export interface MatrixFilters {
  careModelType?: string;
  /** A place chosen by id (links from the places page and the matrix's own pages). */
  placeId?: string;
  /** A place's name, or part of it, as someone typed it (see place-filter.ts). */
  placeName?: string;
  status?: string;
}

/** The matrix rows: top-level, non-archived sections of the programme's toolkit documents. */
function toolkitSectionWhere(programmeId: string): Prisma.SectionWhereInput {
  return {
    parentId: null,
    archivedAt: null,
    // Local versions are not toolkit sections of their own.
    variantOf: null,
    document: { kind: "toolkit", toolbox: { programmeId } },
  };
}

const SECTION_ORDER: Prisma.SectionOrderByWithRelationInput[] = [
  { document: { sortOrder: "asc" } },
  { sortOrder: "asc" },
];

/** Every row of the matrix, in order (or `window` of them: skip and take). */
export function toolkitSections(
  db: Db,
  programmeId: string,
  window: { skip: number; take: number } | { id: string } | Record<never, never> = {},
) {
  return db.section.findMany({
    where: { ...toolkitSectionWhere(programmeId), ...("id" in window ? { id: window.id } : {}) },
    orderBy: SECTION_ORDER,
    select: { id: true, title: true },
    ...("take" in window ? window : {}),
  });
}

function partnershipsOf(
  db: Db,
  where: Prisma.PartnershipWhereInput,
  window: { skip: number; take: number } | Record<never, never> = {},
) {
  return db.partnership.findMany({
    where,
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
    ...window,
  });
}

/** Cells of the given sections (all when `sectionIds` is omitted), optionally some partnerships'. */
function cellsOf(db: Db, programmeId: string, sectionIds?: string[], partnershipIds?: string[]) {
  return db.adoptionCell.findMany({
    where: {
      partnership: { programmeId },
      ...(partnershipIds ? { partnershipId: { in: partnershipIds } } : {}),
      ...(sectionIds ? { sectionId: { in: sectionIds } } : {}),
    },
    include: { updatedBy: { select: { name: true } } },
  });
}

/** The whole matrix, for the CSV export. */
export async function adoptionMatrix(db: Db, programmeId: string) {
  const [sections, partnerships, cells] = await Promise.all([
    toolkitSections(db, programmeId),
    partnershipsOf(db, { programmeId }),
    cellsOf(db, programmeId),
  ]);
  return { sections, partnerships, cells };
}

/**
 * One page of rows (or the one row `sectionId`, when given) by one page of the partnerships
 * that match the filters (all of them for one row), with only their cells, plus how many cells
 * of the whole filtered matrix are in each status, for the key. A cell nobody has set counts
 * as not started, as the matrix shows it. The database pages and counts: at 2,000 sections by
 * 900 partnerships only the page's rows and columns are read.
 */
export async function adoptionMatrixPage(
  db: Db,
  programmeId: string,
  options: { page: number; partnershipPage?: number; sectionId?: string } & MatrixFilters,
) {
  // Places are read only when one is asked for: a region has thousands.
  const places = options.placeId || options.placeName ? await loadPlaces(db, programmeId) : [];
  const placeFilter = resolvePlaceFilter(places, options);
  const place = placeFilter.state === "chosen" ? placeFilter.place : undefined;
  const unfiltered = !options.careModelType && !options.status && !place;
  const where: Prisma.PartnershipWhereInput = {
    programmeId,
    ...(options.careModelType ? { careModelType: options.careModelType } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(place ? { placeId: { in: [...placeAndDescendants(places, place.id)] } } : {}),
  };
  const [sectionCount, partnershipCount, partnershipTotal, statusCounts] = await Promise.all([
    db.section.count({ where: toolkitSectionWhere(programmeId) }),
    db.partnership.count({ where }),
    // Without filters the total is the count just asked for: one statement fewer.
    unfiltered ? null : db.partnership.count({ where: { programmeId } }),
    db.adoptionCell.groupBy({
      by: ["status"],
      where: { partnership: where, section: toolkitSectionWhere(programmeId) },
      _count: { _all: true },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(sectionCount / MATRIX_ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page), pages);
  const partnershipPages = Math.max(1, Math.ceil(partnershipCount / MATRIX_PARTNERSHIPS_PER_PAGE));
  const partnershipPage = Math.min(Math.max(1, options.partnershipPage ?? 1), partnershipPages);
  const firstColumn = (partnershipPage - 1) * MATRIX_PARTNERSHIPS_PER_PAGE;
  const [sections, partnerships] = await Promise.all([
    options.sectionId
      ? toolkitSections(db, programmeId, { id: options.sectionId })
      : toolkitSections(db, programmeId, {
          skip: (page - 1) * MATRIX_ROWS_PER_PAGE,
          take: MATRIX_ROWS_PER_PAGE,
        }),
    options.sectionId
      ? partnershipsOf(db, where)
      : partnershipsOf(db, where, { skip: firstColumn, take: MATRIX_PARTNERSHIPS_PER_PAGE }),
  ]);
  const cells = await cellsOf(
    db,
    programmeId,
    sections.map((s) => s.id),
    partnerships.map((p) => p.id),
  );
  const totals: Record<string, number> = {};
  let set = 0;
  for (const row of statusCounts) {
    totals[row.status] = row._count._all;
    set += row._count._all;
  }
  totals.not_started = (totals.not_started ?? 0) + partnershipCount * sectionCount - set;
  return {
    sections,
    partnerships,
    cells,
    totals,
    page,
    pages,
    sectionCount,
    firstRow: options.sectionId ? 1 : (page - 1) * MATRIX_ROWS_PER_PAGE + 1,
    partnershipPage,
    partnershipPages,
    partnershipCount,
    partnershipTotal: partnershipTotal ?? partnershipCount,
    firstColumn: firstColumn + 1,
    /** What became of a typed place: not found, or several to choose from. */
    placeFilter:
      placeFilter.state === "unknown" || placeFilter.state === "several" ? placeFilter : null,
    filters: {
      careModelType: options.careModelType ?? null,
      placeId: place?.id ?? null,
      /** What the place box shows: the chosen place's name, or what was typed. */
      placeName: place?.name ?? (options.placeName?.trim() || null),
      status: options.status ?? null,
    },
  };
}

/** Every row with one partnership's cells, for that partnership's page. */
export async function partnershipAdoption(db: Db, programmeId: string, partnershipId: string) {
  const [sections, cells] = await Promise.all([
    toolkitSections(db, programmeId),
    cellsOf(db, programmeId, undefined, [partnershipId]),
  ]);
  return { sections, cells };
}

/** Looks cells up by partnership and section in constant time (the matrix has thousands). */
export function cellIndex<T extends { partnershipId: string; sectionId: string }>(cells: T[]) {
  const byKey = new Map(cells.map((c) => [`${c.partnershipId} ${c.sectionId}`, c]));
  return (partnershipId: string, sectionId: string) => byKey.get(`${partnershipId} ${sectionId}`);
}
