// Every piece of text the API receives is cleaned before any procedure validates it: control
// characters (NUL and the rest, except tab and newline) are removed and line endings made "\n"
// (text/control-characters.ts). Done once for every procedure (trpc.ts), so no field (a
// milestone title once kept a NUL) and no field added later can store them. Fields that must
// stay on one line use singleLineText as well.
import { z } from "zod";
import { cleanMultiLineText, cleanSingleLineText } from "./text/control-characters.js";

const MAX_DEPTH = 20;

/** `input` with every string in it cleaned (plain objects and arrays are walked). */
export function withCleanText(input: unknown, depth = 0): unknown {
  if (typeof input === "string") return cleanMultiLineText(input);
  if (depth > MAX_DEPTH || input === null || typeof input !== "object") return input;
  if (Array.isArray(input)) return input.map((item) => withCleanText(item, depth + 1));
  const prototype = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return input;
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, withCleanText(value, depth + 1)]),
  );
}

/** A one-line text: tabs and line breaks become spaces, then `schema` checks it. */
export function singleLineText<T extends z.ZodType>(schema: T) {
  // Typed as `schema` is: callers still see that a string is expected.
  return z.preprocess(
    (value) => (typeof value === "string" ? cleanSingleLineText(value) : value),
    schema,
  ) as unknown as z.ZodType<z.output<T>, z.input<T>>;
}
