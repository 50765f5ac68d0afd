// The one format in which numbers are read from forms and CSV files: digits, with an optional
// minus sign in front and, for decimals, one point followed by digits ("1200", "-5", "28.25").
// Nothing else: no spaces inside, no thousands separators ("1,000" could mean one in some
// countries), no exponents ("1e3"), no hex ("0x10"), no "Infinity". JavaScript's Number() and
// zod's z.coerce.number() accept all of those, so nothing here uses them on typed text.
// A number that arrives as a number (JSON) must be finite; the schema checks the rest.
import { z } from "zod";

const WHOLE = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

/**
 * Text in the one format becomes a number, "" becomes undefined (missing: the schema decides
 * whether that is allowed), anything else stays as it is, for the schema to refuse.
 */
function readNumberText(value: unknown, format: RegExp): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return format.test(trimmed) ? Number(trimmed) : value;
}

/**
 * A whole number typed as digits (or given as a number), checked by `schema` (a z.number()
 * with the field's own messages). Text in another format fails `schema` with its message.
 */
export function wholeNumberInput<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => readNumberText(value, WHOLE), schema) as unknown as NumberInput<T>;
}

/** Callers may give the number, or the text as typed. */
type NumberInput<T extends z.ZodType> = z.ZodType<z.output<T>, z.input<T> | string>;

/** As wholeNumberInput, with an optional decimal part ("28.25"). */
export function decimalInput<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => readNumberText(value, DECIMAL),
    schema,
  ) as unknown as NumberInput<T>;
}
