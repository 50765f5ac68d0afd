// CSV export and import for places, partnerships, milestones, benefit actuals and the adoption
// matrix. Import is all-or-nothing: every row is validated first (the same rules as the forms),
// and nothing is written if any row has an error. Rows are matched to existing records by
// natural keys (place name, partnership slug, milestone title, measure name and unit, section
// id), so exporting and importing the same file changes nothing. Import never deletes.
// Choices may be given by label or code and dates in UK or ISO formats (import-columns.ts);
// each error names the column, the value given and what is allowed.
import Papa from "papaparse";
import { z, type ZodError } from "zod";
import { PLACE_LEVELS, type Db } from "@coproduce/db";
import { IMPORT_COLUMNS, allowedText, normaliseRow, type ColumnSpec } from "./import-columns.js";
import { loadPlaces, placementProblem, treeOrder, type PlaceRow } from "./places.js";
import { actualFields, adoptionCellFields, milestoneFields, partnershipFields } from "./schemas.js";
import { lineText, toIsoDate } from "./inputs.js";
import { adoptionMatrix, cellIndex, toolkitSections } from "./adoption-matrix.js";
import { csvCellValue, toCsv } from "../csv/csv-file.js";

export const CSV_KINDS = [
  "places",
  "partnerships",
  "milestones",
  "benefit_actuals",
  "adoption",
] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const CSV_KIND_LABELS: Record<CsvKind, string> = {
  places: "Places",
  partnerships: "Partnerships",
  milestones: "Milestones",
  benefit_actuals: "Benefit actuals",
  adoption: "Adoption matrix",
};

export const CSV_COLUMNS: Record<CsvKind, string[]> = Object.fromEntries(
  CSV_KINDS.map((kind) => [kind, IMPORT_COLUMNS[kind].map((c) => c.name)]),
) as Record<CsvKind, string[]>;

/** A file with just the header row, to fill in. */
export function csvTemplate(kind: CsvKind): string {
  return toCsv(CSV_COLUMNS[kind], []);
}

/** Organisation names in one cell are separated by semicolons. */
const LIST_SEPARATOR = "; ";

/** A place row's own fields; where it sits is checked against the other places. */
const placeRowFields = z.object({
  name: lineText("a name for the place", 200),
  level: z.enum(PLACE_LEVELS, { error: "Choose a level from the list." }),
});

export async function exportCsv(db: Db, programmeId: string, kind: CsvKind): Promise<string> {
  const rows = await exportRows(db, programmeId, kind);
  return toCsv(CSV_COLUMNS[kind], rows);
}

async function exportRows(db: Db, programmeId: string, kind: CsvKind): Promise<string[][]> {
  switch (kind) {
    case "places": {
      const places = await loadPlaces(db, programmeId);
      const names = new Map(places.map((p) => [p.id, p.name]));
      return treeOrder(places).map((p) => [
        p.name,
        p.level,
        p.parentId ? (names.get(p.parentId) ?? "") : "",
      ]);
    }
    case "partnerships": {
      const partnerships = await db.partnership.findMany({
        where: { programmeId },
        orderBy: { name: "asc" },
        include: {
          place: true,
          leadOrganisation: true,
          organisations: { include: { organisation: true } },
        },
      });
      return partnerships.map((p) => [
        p.slug,
        p.name,
        p.place.name,
        p.leadOrganisation?.name ?? "",
        p.organisations
          .map((o) => o.organisation.name)
          .sort()
          .join(LIST_SEPARATOR),
        p.cohort,
        p.cohortSize === null ? "" : String(p.cohortSize),
        p.careModelType,
        p.status,
        toIsoDate(p.plannedGoLive),
        toIsoDate(p.actualGoLive),
        p.description,
        p.contacts,
      ]);
    }
    case "milestones": {
      const milestones = await db.milestone.findMany({
        where: { partnership: { programmeId } },
        orderBy: [{ partnership: { name: "asc" } }, { plannedDate: "asc" }, { title: "asc" }],
        include: { partnership: { select: { slug: true } } },
      });
      return milestones.map((m) => [
        m.partnership.slug,
        m.title,
        m.owner,
        m.status,
        toIsoDate(m.plannedDate),
        toIsoDate(m.forecastDate),
        toIsoDate(m.actualDate),
      ]);
    }
    case "benefit_actuals": {
      const actuals = await db.benefitActual.findMany({
        where: { measure: { partnership: { programmeId } } },
        orderBy: [
          { measure: { partnership: { name: "asc" } } },
          { measure: { name: "asc" } },
          { date: "asc" },
        ],
        include: { measure: { include: { partnership: { select: { slug: true } } } } },
      });
      return actuals.map((a) => [
        a.measure.partnership.slug,
        a.measure.name,
        a.measure.unit,
        toIsoDate(a.date),
        String(a.value),
      ]);
    }
    case "adoption": {
      const { sections, partnerships, cells } = await adoptionMatrix(db, programmeId);
      const cellAt = cellIndex(cells);
      const rows: string[][] = [];
      for (const p of partnerships) {
        for (const s of sections) {
          const cell = cellAt(p.id, s.id);
          if (!cell) continue;
          rows.push([
            p.slug,
            s.id,
            s.title,
            cell.status,
            cell.variation,
            toIsoDate(cell.plannedFor),
            cell.reason,
            cell.evidence,
          ]);
        }
      }
      return rows;
    }
  }
}

export interface RowResult {
  /** The line in the file (the header is line 1). */
  line: number;
  /** The record the row is about (its name or title), even when the row has errors. */
  name: string;
  summary: string;
  errors: string[];
}

/** Places made during this import, by lower-case name, for rows that refer to them. */
type ImportRefs = { placeIds: Map<string, string> };

interface ValidRow {
  result: RowResult;
  write: (tx: Tx, refs: ImportRefs) => Promise<unknown>;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface ImportContext {
  db: Db;
  programmeId: string;
  userId: string;
  isAdmin: boolean;
  editable: Set<string>;
  /** Add the places partnership rows name that do not exist yet (admins only). */
  createMissingPlaces?: boolean;
}

/**
 * One message per column, from the form rules, with the value the row gave and (for a choice)
 * every allowed value. `reported` holds columns that already have a message.
 */
function zodMessages(
  error: ZodError,
  fieldColumns: Record<string, string>,
  specs: ColumnSpec[],
  given: Record<string, string>,
  reported: Set<string>,
): string[] {
  const messages: string[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    const column = fieldColumns[field] ?? field;
    if (reported.has(column)) continue;
    reported.add(column);
    const value = given[column];
    const choices = specs.find((c) => c.name === column)?.choices;
    messages.push(
      `${column}: ${issue.message}${value ? ` You gave "${value}".` : ""}${
        choices ? ` Allowed values: ${allowedText(choices)}.` : ""
      }`,
    );
  }
  return messages;
}

/** Parses and checks every row. Nothing is written. */
export async function validateCsv(ctx: ImportContext, kind: CsvKind, csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fileErrors: string[] = [];
  const missing = IMPORT_COLUMNS[kind]
    .filter((c) => c.required && !(parsed.meta.fields ?? []).includes(c.name))
    .map((c) => c.name);
  if (missing.length) fileErrors.push(`The file is missing these columns: ${missing.join(", ")}.`);
  for (const e of parsed.errors.filter((e) => e.type !== "FieldMismatch")) {
    fileErrors.push(`Line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  if (parsed.data.length === 0) fileErrors.push("The file has no rows to import.");
  if (fileErrors.length) return { fileErrors, rows: [] as ValidRow[], missingPlaces: [] };

  const lookups = await loadLookups(ctx);
  const seen = new Map<string, number>();
  const rows: ValidRow[] = [];
  for (const [index, raw] of parsed.data.entries()) {
    const line = index + 2;
    const row = Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? csvCellValue(v.trim()) : ""]),
    );
    const checked = checkRow(ctx, lookups, kind, row, line);
    const duplicateOf = seen.get(checked.key);
    if (duplicateOf) checked.result.errors.push(`This row repeats line ${duplicateOf}.`);
    else seen.set(checked.key, line);
    rows.push(checked);
  }
  return { fileErrors, rows, missingPlaces: [...lookups.missingPlaces.values()] };
}

async function loadLookups(ctx: ImportContext) {
  const { db, programmeId } = ctx;
  const [partnerships, places, organisations, sections, measures] = await Promise.all([
    db.partnership.findMany({ where: { programmeId }, select: { id: true, slug: true } }),
    loadPlaces(db, programmeId),
    db.organisation.findMany({ where: { programmeId }, select: { id: true, name: true } }),
    toolkitSections(db, programmeId),
    db.benefitMeasure.findMany({
      where: { partnership: { programmeId } },
      select: { id: true, partnershipId: true, name: true, unit: true },
    }),
  ]);
  const byName = <T extends { name: string }>(list: T[]) =>
    new Map(list.map((x) => [x.name.toLowerCase(), x]));
  return {
    partnerships: new Map(partnerships.map((p) => [p.slug, p])),
    places: byName(places),
    /** The places as the file would leave them, row by row (for the places kind). */
    placesSoFar: places.map((p) => ({ ...p })) as PlaceRow[],
    /** Places partnership rows name that do not exist yet, by lower-case name. */
    missingPlaces: new Map<string, string>(),
    organisations: byName(organisations),
    sections: new Map(sections.map((s) => [s.id, s])),
    measures: new Map(
      measures.map((m) => [
        `${m.partnershipId}|${m.name.toLowerCase()}|${m.unit.toLowerCase()}`,
        m,
      ]),
    ),
  };
}
type Lookups = Awaited<ReturnType<typeof loadLookups>>;

function checkRow(
  ctx: ImportContext,
  lookups: Lookups,
  kind: CsvKind,
  row: Record<string, string>,
  line: number,
): ValidRow & { key: string } {
  const errors: string[] = [];
  const specs: ColumnSpec[] = IMPORT_COLUMNS[kind];
  const given = { ...row };
  const name =
    kind === "milestones"
      ? (row.title ?? "")
      : kind === "adoption"
        ? `${row.section || row.section_id || ""} (${row.partnership ?? ""})`
        : kind === "benefit_actuals"
          ? `${row.measure ?? ""} (${row.partnership ?? ""})`
          : (row.name ?? "");
  const result: RowResult = { line, name, summary: "", errors };
  const none = { result, key: `${line}`, write: async () => undefined };
  // Dates it cannot read are reported here, once; choices become codes.
  const dateProblems = normaliseRow(specs, row);
  const reported = new Set(dateProblems.keys());
  for (const [column, problem] of dateProblems) errors.push(`${column}: ${problem}`);
  const messages = (error: ZodError, fieldColumns: Record<string, string> = {}) =>
    zodMessages(error, fieldColumns, specs, given, reported);

  /** The partnership a row names, if it exists and the importer may edit it. */
  const editablePartnership = (slug: string) => {
    const partnership = lookups.partnerships.get(slug);
    if (!partnership) {
      errors.push(`partnership: No partnership has the slug "${slug}".`);
      return null;
    }
    if (!ctx.editable.has(partnership.id)) {
      errors.push(`partnership: You cannot change "${slug}".`);
      return null;
    }
    return partnership;
  };

  switch (kind) {
    case "places": {
      if (!ctx.isAdmin) errors.push("name: Only admins can import places.");
      const parsed = placeRowFields.safeParse({ name: row.name, level: row.level });
      if (!parsed.success) errors.push(...messages(parsed.error));
      const parent = row.inside
        ? lookups.placesSoFar.find((p) => p.name.toLowerCase() === row.inside!.toLowerCase())
        : undefined;
      if (row.inside && !parent) {
        errors.push(
          `inside: No place is called "${row.inside}". Name an existing place, or one on an earlier row.`,
        );
      }
      if (!parsed.success || errors.length) return none;
      const { name: placeName, level } = parsed.data;
      const existing = lookups.placesSoFar.find(
        (p) => p.name.toLowerCase() === placeName.toLowerCase(),
      );
      const problem = placementProblem(lookups.placesSoFar, {
        placeId: existing?.id,
        name: placeName,
        level,
        parentId: parent?.id ?? null,
      });
      if (problem) {
        errors.push(`${parent ? "inside" : "level"}: ${problem}`);
        return none;
      }
      // Later rows see this place as the file leaves it.
      if (existing) Object.assign(existing, { level, parentId: parent?.id ?? null });
      else {
        lookups.placesSoFar.push({
          id: `new:${placeName.toLowerCase()}`,
          name: placeName,
          level,
          parentId: parent?.id ?? null,
        });
      }
      const isNew = !existing || existing.id.startsWith("new:");
      result.summary = isNew ? `Add ${placeName}` : `Update ${placeName}`;
      const parentName = parent?.name.toLowerCase();
      return {
        result,
        key: `place|${placeName.toLowerCase()}`,
        write: async (tx, refs) => {
          const parentId = parentName
            ? (refs.placeIds.get(parentName) ?? parent?.id ?? null)
            : null;
          const data = { name: placeName, level, parentId };
          if (existing && !isNew) {
            await tx.place.update({ where: { id: existing.id }, data });
          } else {
            const created = await tx.place.create({
              data: { ...data, programmeId: ctx.programmeId },
            });
            refs.placeIds.set(placeName.toLowerCase(), created.id);
          }
        },
      };
    }
    case "partnerships": {
      const existing = row.slug ? lookups.partnerships.get(row.slug) : undefined;
      if (existing && !ctx.editable.has(existing.id)) {
        errors.push(`slug: You cannot change "${row.slug}".`);
      }
      if (!existing && !ctx.isAdmin) errors.push("slug: Only admins can add partnerships.");
      if (!existing && row.slug && !/^[a-z0-9-]{1,80}$/.test(row.slug)) {
        errors.push("slug: Use lower-case letters, numbers and hyphens only.");
      }
      const placeName = (row.place ?? "").trim();
      const place = lookups.places.get(placeName.toLowerCase());
      const newPlace = !place && placeName !== "";
      if (newPlace) {
        if (!lookups.missingPlaces.has(placeName.toLowerCase())) {
          lookups.missingPlaces.set(placeName.toLowerCase(), placeName);
        }
        if (!ctx.isAdmin) {
          errors.push(
            `place: No place is called "${placeName}". Ask an admin to add it on the Places page.`,
          );
        } else if (!ctx.createMissingPlaces) {
          errors.push(
            `place: No place is called "${placeName}". Tick "Add the places that do not exist yet" and check again, or add it on the Places page.`,
          );
        }
      }
      const lead = row.lead_organisation
        ? lookups.organisations.get(row.lead_organisation.toLowerCase())
        : undefined;
      if (row.lead_organisation && !lead) {
        errors.push(`lead_organisation: No organisation is called "${row.lead_organisation}".`);
      }
      const organisationIds: string[] = [];
      for (const name of (row.organisations ?? "").split(";").map((s) => s.trim())) {
        if (!name) continue;
        const organisation = lookups.organisations.get(name.toLowerCase());
        if (organisation) organisationIds.push(organisation.id);
        else errors.push(`organisations: No organisation is called "${name}".`);
      }
      const parsed = partnershipFields.safeParse({
        name: row.name,
        placeId: place?.id ?? (newPlace ? "new" : ""),
        leadOrganisationId: lead?.id ?? "",
        organisationIds,
        cohort: row.cohort,
        cohortSize: row.cohort_size,
        careModelType: row.care_model_type,
        status: row.status,
        plannedGoLive: row.planned_go_live,
        actualGoLive: row.actual_go_live,
        description: row.description,
        contacts: row.contacts ?? "",
      });
      if (!parsed.success) {
        errors.push(
          ...messages(parsed.error, {
            placeId: "place",
            cohortSize: "cohort_size",
            careModelType: "care_model_type",
            plannedGoLive: "planned_go_live",
            actualGoLive: "actual_go_live",
          }),
        );
      }
      if (errors.length || !parsed.success) return none;
      const { organisationIds: ids, ...data } = parsed.data;
      const members = [...new Set([...ids, data.leadOrganisationId ?? ""])].filter(Boolean);
      const slug =
        row.slug ||
        data.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
      if (!existing && lookups.partnerships.has(slug)) {
        errors.push(`slug: A partnership already has the slug "${slug}".`);
        return none;
      }
      result.summary = `${existing ? `Update ${data.name}` : `Add ${data.name}`}${
        newPlace ? ` in a new place, ${placeName}` : ""
      }`;
      return {
        result,
        key: slug,
        write: async (tx, refs) => {
          if (newPlace) data.placeId = refs.placeIds.get(placeName.toLowerCase()) ?? "";
          const organisations = {
            create: members.map((organisationId) => ({ organisationId })),
          };
          if (existing) {
            await tx.partnershipOrganisation.deleteMany({ where: { partnershipId: existing.id } });
            await tx.partnership.update({
              where: { id: existing.id },
              data: { ...data, organisations },
            });
          } else {
            await tx.partnership.create({
              data: { ...data, slug, programmeId: ctx.programmeId, organisations },
            });
          }
        },
      };
    }
    case "milestones": {
      const partnership = editablePartnership(row.partnership ?? "");
      const parsed = milestoneFields.safeParse({
        title: row.title,
        owner: row.owner ?? "",
        status: row.status,
        plannedDate: row.planned_date,
        forecastDate: row.forecast_date,
        actualDate: row.actual_date,
      });
      if (!parsed.success) {
        errors.push(
          ...messages(parsed.error, {
            plannedDate: "planned_date",
            forecastDate: "forecast_date",
            actualDate: "actual_date",
          }),
        );
      }
      if (!partnership || !parsed.success || errors.length) return none;
      const m = parsed.data;
      result.summary = `${m.title} (${row.partnership})`;
      return {
        result,
        key: `${partnership.id}|${m.title.toLowerCase()}`,
        write: (tx) =>
          tx.milestone.upsert({
            where: { partnershipId_title: { partnershipId: partnership.id, title: m.title } },
            create: { ...m, partnershipId: partnership.id },
            update: m,
          }),
      };
    }
    case "benefit_actuals": {
      const partnership = editablePartnership(row.partnership ?? "");
      const measure = partnership
        ? lookups.measures.get(
            `${partnership.id}|${(row.measure ?? "").toLowerCase()}|${(row.unit ?? "").toLowerCase()}`,
          )
        : undefined;
      if (partnership && !measure) {
        errors.push(
          `measure: "${row.partnership}" has no measure "${row.measure ?? ""}" in "${row.unit ?? ""}". Add the measure first.`,
        );
      }
      const parsed = actualFields.safeParse({ date: row.date, value: row.value });
      if (!parsed.success) errors.push(...messages(parsed.error));
      if (!measure || !parsed.success || errors.length) return none;
      const a = parsed.data;
      result.summary = `${measure.name}, ${toIsoDate(a.date)}: ${a.value} (${row.partnership})`;
      return {
        result,
        key: `${measure.id}|${a.date.toISOString()}`,
        write: (tx) =>
          tx.benefitActual.upsert({
            where: { measureId_date: { measureId: measure.id, date: a.date } },
            create: { measureId: measure.id, date: a.date, value: a.value },
            update: { value: a.value },
          }),
      };
    }
    case "adoption": {
      const partnership = editablePartnership(row.partnership ?? "");
      const section = lookups.sections.get(row.section_id ?? "");
      if (!section)
        errors.push(`section_id: No toolkit section has the id "${row.section_id ?? ""}".`);
      const parsed = adoptionCellFields.safeParse({
        sectionId: row.section_id,
        status: row.status,
        variation: row.variation ?? "",
        plannedFor: row.planned_for,
        reason: row.reason ?? "",
        evidence: row.evidence ?? "",
      });
      if (!parsed.success) {
        errors.push(
          ...messages(parsed.error, { plannedFor: "planned_for", sectionId: "section_id" }),
        );
      }
      if (!partnership || !section || !parsed.success || errors.length) return none;
      const { sectionId: _sectionId, ...cell } = parsed.data;
      result.summary = `${section.title} (${row.partnership})`;
      return {
        result,
        key: `${partnership.id}|${section.id}`,
        write: (tx) =>
          tx.adoptionCell.upsert({
            where: {
              partnershipId_sectionId: { partnershipId: partnership.id, sectionId: section.id },
            },
            create: {
              ...cell,
              updatedById: ctx.userId,
              partnershipId: partnership.id,
              sectionId: section.id,
            },
            update: { ...cell, updatedById: ctx.userId },
          }),
      };
    }
  }
}

/** Writes every row in one transaction, or nothing if any row (or the file) has an error. */
export async function importCsv(ctx: ImportContext, kind: CsvKind, csv: string) {
  const { fileErrors, rows, missingPlaces } = await validateCsv(ctx, kind, csv);
  const failed = rows.filter((r) => r.result.errors.length > 0);
  if (fileErrors.length || failed.length) {
    return { imported: 0, placesAdded: 0, fileErrors, rows: rows.map((r) => r.result) };
  }
  const toAdd = kind === "partnerships" && ctx.createMissingPlaces ? missingPlaces : [];
  await ctx.db.$transaction(async (tx) => {
    const refs: ImportRefs = { placeIds: new Map() };
    // New places start at the top level; an admin can nest them on the Places page.
    for (const name of toAdd) {
      const place = await tx.place.create({
        data: { programmeId: ctx.programmeId, name, level: "place" },
      });
      refs.placeIds.set(name.toLowerCase(), place.id);
    }
    for (const row of rows) await row.write(tx, refs);
  });
  return {
    imported: rows.length,
    placesAdded: toAdd.length,
    fileErrors,
    rows: rows.map((r) => r.result),
  };
}
