import { TRPCError } from "@trpc/server";
import { z } from "zod";

/** A text field from a submitted form ("" when missing), for passing to a tRPC input. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** `value` if it is one of `values` (a vocabulary), narrowed to it; otherwise null. */
export function oneOf<const T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * A form field that must be one of `values`. Anything else is refused the way the server
 * refuses a bad answer (inside `attempt`: a message beside the field, status 400), before any
 * procedure is called, instead of being passed on under a pretended type.
 */
export function choiceField<const T extends string>(
  form: FormData,
  name: string,
  values: readonly T[],
  message: string,
  /** Where the procedure's input has it, if not at `name` (e.g. ["activity", "kind"]). */
  path: string[] = [name],
): T {
  const value = oneOf(values, field(form, name));
  if (value !== null) return value;
  // The same kind of error a procedure's input check throws, at the same place in the input.
  const schema = path.reduceRight<z.ZodType>(
    (inner, key) => z.object({ [key]: inner }),
    z.enum(values as unknown as [T, ...T[]], { error: message }),
  );
  const input = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), field(form, name));
  throw new TRPCError({ code: "BAD_REQUEST", message, cause: schema.safeParse(input).error });
}
