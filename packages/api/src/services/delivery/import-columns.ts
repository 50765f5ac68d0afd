// What each column of an import file means: whether it is required, what it holds, and the
// values it allows. The import page lists these, the templates are made from them, and the
// import reads choices (by label or code, ignoring case) and dates (UK or ISO) through them.
import {
  ADOPTION_STATUS_LABELS,
  CARE_MODEL_LABELS,
  MILESTONE_STATUS_LABELS,
  PARTNERSHIP_STATUS_LABELS,
  PLACE_LEVEL_LABELS,
} from "@coproduce/db";
import { isValid, parse } from "date-fns";

export interface Choice {
  code: string;
  label: string;
}

export interface ColumnSpec {
  name: string;
  required: boolean;
  /** What goes in the column, in a short sentence. */
  about: string;
  choices?: Choice[];
  date?: boolean;
}

const choicesOf = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([code, label]) => ({ code, label }));

export const DATE_FORMATS_TEXT = "31/03/2016, 31 March 2016, 31 Mar 2016 or 2016-03-31";

const column = (
  name: string,
  required: boolean,
  about: string,
  more: Partial<ColumnSpec> = {},
): ColumnSpec => ({ name, required, about, ...more });
const date = (name: string, required: boolean, about: string) =>
  column(name, required, about, { date: true });
const choice = (name: string, about: string, labels: Record<string, string>) =>
  column(name, true, about, { choices: choicesOf(labels) });
const partnershipKey = column(
  "partnership",
  true,
  "The partnership's short name (slug), as in the partnerships export.",
);

export const IMPORT_COLUMNS = {
  places: [
    column("name", true, "The name of the place. A place with this name is updated."),
    choice("level", "How wide the place is.", PLACE_LEVEL_LABELS),
    column(
      "inside",
      false,
      "The name of the wider place it sits in: an existing place, or one on an earlier row.",
    ),
  ],
  partnerships: [
    column("slug", false, "A short name for web addresses. Left empty, it is made from the name."),
    column("name", true, "The partnership's name."),
    column(
      "place",
      true,
      "The name of the place where it works. Places that do not exist yet can be added in the check.",
    ),
    column("lead_organisation", false, "The name of an organisation already in the programme."),
    column("organisations", false, "Names of member organisations, separated by semicolons."),
    column("cohort", false, "Who the care model is for, for example people aged over 65."),
    column("cohort_size", false, "How many people are in the cohort, in digits."),
    choice("care_model_type", "The kind of new care model.", CARE_MODEL_LABELS),
    choice("status", "How far the partnership has got.", PARTNERSHIP_STATUS_LABELS),
    date("planned_go_live", false, "When it plans to go live."),
    date("actual_go_live", false, "When it went live."),
    column("description", false, "The local delivery model, in plain words."),
    column("contacts", false, "Who to contact."),
  ],
  milestones: [
    partnershipKey,
    column("title", true, "The milestone. A milestone with this title is updated."),
    column("owner", false, "Who is responsible."),
    choice("status", "Where the milestone is.", MILESTONE_STATUS_LABELS),
    date("planned_date", true, "When it was first planned."),
    date("forecast_date", false, "When it is now expected."),
    date("actual_date", false, "When it was met. Required when the status is Complete."),
  ],
  benefit_actuals: [
    partnershipKey,
    column("measure", true, "The name of a measure the partnership already has."),
    column("unit", true, "The unit of that measure."),
    date("date", true, "The date of the value."),
    column("value", true, "The value, in digits, for example 1200 or 28.25."),
  ],
  adoption: [
    partnershipKey,
    column("section_id", true, "The toolkit section's id, as in the adoption export."),
    column("section", false, "The section's title, to help you read the file. Not imported."),
    choice("status", "How far the section is adopted.", ADOPTION_STATUS_LABELS),
    column("variation", false, "How the local version differs. Required when Adapted."),
    date("planned_for", false, "When it is planned. Required when Planned."),
    column("reason", false, "Why the section does not apply. Required when Not applicable."),
    column("evidence", false, "Web addresses starting with https://, one per line."),
  ],
} satisfies Record<string, ColumnSpec[]>;

/** The code a cell names, by its code or its label, ignoring case and spaces around it. */
export function readChoice(value: string, choices: Choice[]): string | null {
  const wanted = value.trim().toLowerCase().replace(/\s+/g, " ");
  const found = choices.find(
    (c) => c.code.toLowerCase() === wanted || c.label.toLowerCase() === wanted,
  );
  return found?.code ?? null;
}

export function allowedText(choices: Choice[]): string {
  return choices.map((c) => `${c.label} (${c.code})`).join(", ");
}

const DATE_PATTERNS = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];

/** A date in one of the accepted formats as YYYY-MM-DD, or null if it is not a real date. */
export function readDate(value: string): string | null {
  const text = value
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\bsept\b/i, "Sep");
  for (const pattern of DATE_PATTERNS) {
    const day = parse(text, pattern, new Date(2000, 0, 1));
    if (!isValid(day)) continue;
    const year = day.getFullYear();
    // "31/03/16" reads as the year 16: ask for four digits instead of guessing the century.
    if (year < 1900 || year > 2200) return null;
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${year}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }
  return null;
}

/**
 * Turns a row's choices into codes and its dates into YYYY-MM-DD. Returns the dates it could
 * not read, by column; a choice it cannot read is left as given for the form rules to refuse.
 */
export function normaliseRow(columns: ColumnSpec[], row: Record<string, string>) {
  const problems = new Map<string, string>();
  for (const spec of columns) {
    const value = row[spec.name] ?? "";
    if (!value) continue;
    if (spec.choices) {
      row[spec.name] = readChoice(value, spec.choices) ?? value;
    }
    if (spec.date) {
      const iso = readDate(value);
      if (iso) row[spec.name] = iso;
      else {
        problems.set(
          spec.name,
          `"${value}" is not a date we can read. Use a real date written like ${DATE_FORMATS_TEXT}.`,
        );
      }
    }
  }
  return problems;
}
