// Turns errors from in-process tRPC calls into what a page needs: a readable message and
// per-field messages for forms, or the right HTTP response for a page load.
import { TRPCError } from "@trpc/server";
import { data, redirect } from "react-router";
import { ZodError } from "zod";

export interface FormErrors {
  formError: string;
  fieldErrors: Record<string, string | undefined>;
}

/** For actions: a failed mutation becomes messages to show beside the form. */
export function formErrorsFrom(error: unknown): FormErrors {
  if (error instanceof TRPCError) {
    if (error.cause instanceof ZodError) {
      const fieldErrors: Record<string, string | undefined> = {};
      for (const issue of error.cause.issues) {
        const field = String(issue.path[0] ?? "");
        fieldErrors[field] ??= issue.message;
      }
      return { formError: "Please correct the highlighted answers.", fieldErrors };
    }
    return { formError: error.message, fieldErrors: {} };
  }
  throw error;
}

/** Runs a mutation for an action, returning either its result or form errors (status 400). */
export async function attempt<T>(
  mutation: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<FormErrors>> }> {
  try {
    return { ok: true, value: await mutation() };
  } catch (error) {
    const errors = formErrorsFrom(error);
    const status = error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS" ? 429 : 400;
    return { ok: false, response: data(errors, { status }) };
  }
}

const STATUS_BY_CODE: Partial<Record<TRPCError["code"], number>> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  BAD_REQUEST: 400,
  TOO_MANY_REQUESTS: 429,
};

/**
 * For loaders: runs a query and turns access errors into the matching HTTP response (a
 * sign-in redirect for anonymous visitors), so refusals come from the server, not the UI.
 */
export async function load<T>(request: Request, query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED") {
        const url = new URL(request.url);
        throw redirect(`/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
      }
      const status = STATUS_BY_CODE[error.code];
      if (status) throw data(error.message, { status });
    }
    throw error;
  }
}

/** Only same-site paths may be used as a redirect target after signing in. */
export function safeRedirect(target: FormDataEntryValue | string | null, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//")) {
    return fallback;
  }
  return target;
}

/** A form-level message with no field errors, e.g. for an unknown form intent. */
export function formError(message: string): FormErrors {
  return { formError: message, fieldErrors: {} };
}
