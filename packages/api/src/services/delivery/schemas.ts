// The fields of each delivery-model record, validated the same way whether they come from a
// form or from a CSV row.
import { z } from "zod";
import {
  ADOPTION_STATUSES,
  BENEFIT_DIRECTIONS,
  CARE_MODEL_TYPES,
  MILESTONE_STATUSES,
  PARTNERSHIP_STATUSES,
} from "@coproduce/db";
import {
  dateInput,
  evidenceInput,
  idInput,
  lineText,
  optionalDateInput,
  optionalLineText,
  optionalText,
} from "./inputs.js";
import { decimalInput } from "../../number-inputs.js";

/** A number in the one format of number-inputs.ts; missing or empty asks for it. */
const numberFrom = (what: string) =>
  decimalInput(
    z.number({
      error: (issue) =>
        issue.input === null || issue.input === undefined
          ? `Enter ${what}.`
          : `Enter ${what} using digits only, for example 1200 or 28.25.`,
    }),
  );

/** As numberFrom, but empty means "none" (null). */
const optionalNumberFrom = (what: string) =>
  decimalInput(
    z.number({ error: `Enter ${what} using digits only, for example 1200 or 28.25.` }).nullish(),
  )
    .optional()
    .transform((v) => v ?? null);

export const partnershipFields = z.object({
  name: lineText("a name for the partnership", 200),
  placeId: z.string({ error: "Choose a place." }).min(1, "Choose a place.").max(100),
  leadOrganisationId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || null),
  organisationIds: z.array(idInput).max(100).default([]),
  // A partnership found in a national list may not have its cohort or local model written yet.
  cohort: optionalLineText("the population cohort", 200),
  cohortSize: optionalNumberFrom("the size of the cohort").refine(
    (n) => n === null || (Number.isInteger(n) && n >= 0),
    "Enter the size of the cohort as a whole number.",
  ),
  careModelType: z.enum(CARE_MODEL_TYPES, { error: "Choose a care model type from the list." }),
  status: z.enum(PARTNERSHIP_STATUSES, { error: "Choose a status from the list." }),
  plannedGoLive: optionalDateInput("the planned go-live date"),
  actualGoLive: optionalDateInput("the actual go-live date"),
  description: optionalText("a short description of the local delivery model", 4000),
  contacts: optionalText("contacts", 2000),
});

export const adoptionCellObject = z.object({
  sectionId: idInput,
  status: z.enum(ADOPTION_STATUSES, { error: "Choose how far this section is adopted." }),
  variation: optionalText("the local variation", 4000),
  plannedFor: optionalDateInput("the planned date"),
  reason: optionalText("the reason", 2000),
  evidence: evidenceInput,
});

type AdoptionCell = z.output<typeof adoptionCellObject>;

/** Each status asks for its own detail; only the detail that goes with the status is kept. */
export function adoptionRules<T extends z.ZodType<AdoptionCell>>(schema: T) {
  return schema
    .superRefine((cell, ctx) => {
      if (cell.status === "adapted" && !cell.variation) {
        ctx.addIssue({
          code: "custom",
          path: ["variation"],
          message: "Describe how your local version differs from the toolkit.",
        });
      }
      if (cell.status === "planned" && !cell.plannedFor) {
        ctx.addIssue({ code: "custom", path: ["plannedFor"], message: "Enter the planned date." });
      }
      if (cell.status === "not_applicable" && !cell.reason) {
        ctx.addIssue({
          code: "custom",
          path: ["reason"],
          message: "Say why this section does not apply.",
        });
      }
    })
    .transform((cell) => ({
      ...cell,
      variation: cell.status === "adapted" ? cell.variation : "",
      plannedFor: cell.status === "planned" ? cell.plannedFor : null,
      reason: cell.status === "not_applicable" ? cell.reason : "",
    }));
}

export const adoptionCellFields = adoptionRules(adoptionCellObject);

export const milestoneObject = z.object({
  title: lineText("a title for the milestone", 200),
  owner: optionalLineText("the owner", 200),
  status: z.enum(MILESTONE_STATUSES, { error: "Choose a status from the list." }),
  plannedDate: dateInput("the planned date"),
  forecastDate: optionalDateInput("the forecast date"),
  actualDate: optionalDateInput("the actual date"),
});

/** A complete milestone has the date it was met. */
export function milestoneRules<T extends z.ZodType<z.output<typeof milestoneObject>>>(schema: T) {
  return schema.superRefine((m, ctx) => {
    if (m.status === "complete" && !m.actualDate) {
      ctx.addIssue({
        code: "custom",
        path: ["actualDate"],
        message: "Enter the date the milestone was met.",
      });
    }
  });
}

export const milestoneFields = milestoneRules(milestoneObject);

export const measureFields = z.object({
  name: lineText("a name for the measure", 200),
  unit: lineText("the unit", 100),
  direction: z.enum(BENEFIT_DIRECTIONS, { error: "Choose which direction is good." }),
  baseline: numberFrom("the baseline"),
  target: optionalNumberFrom("the target"),
  targetDate: optionalDateInput("the target date"),
});

export const actualFields = z.object({
  date: dateInput("the date of the value"),
  value: numberFrom("the value"),
});
