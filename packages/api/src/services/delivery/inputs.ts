// Input rules shared by the delivery-model routers, with messages for the person filling in forms.
import { z } from "zod";
import { singleLineText } from "../../text-inputs.js";

export const idInput = z.string().min(1).max(100);

/** A calendar date as YYYY-MM-DD (what <input type="date"> sends), stored as UTC midnight. */
export const dateInput = (what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date, for example 2026-04-01.`)
    // A day that does not exist (31 June) would roll over into the next month: refuse it.
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `Enter ${what} as a real date.`)
    .transform((s) => new Date(`${s}T00:00:00Z`));

/** An optional date: an empty string means "no date". */
export const optionalDateInput = (what: string) =>
  z
    .union([z.literal(""), z.null(), dateInput(what)])
    .optional()
    .transform((v) => (v instanceof Date ? v : null));

export const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max} characters for ${what}.`);

/** Text on one line (a name or title): tabs and line breaks become spaces. */
export const lineText = (what: string, max: number) => singleLineText(text(what, max));

/** Optional one-line text: missing becomes "". */
export const optionalLineText = (what: string, max: number) =>
  singleLineText(z.string().trim().max(max, `Use at most ${max} characters for ${what}.`))
    .optional()
    .transform((v) => v ?? "");

/** Optional text: missing becomes "". */
export const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for ${what}.`)
    .optional()
    .transform((v) => v ?? "");

/** Evidence links: one http(s) address per line. */
export const evidenceInput = z
  .string()
  .max(4000, "Use at most 4,000 characters for evidence links.")
  .optional()
  .transform((s = "") =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  )
  .refine(
    (links) => links.every((l) => /^https?:\/\/\S+$/.test(l)),
    "Give each evidence link as a web address starting with https://, one per line.",
  )
  .transform((links) => links.join("\n"));

export function toIsoDate(d: Date | null | undefined): string {
  return d ? d.toISOString().slice(0, 10) : "";
}
