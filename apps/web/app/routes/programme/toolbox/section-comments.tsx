// The comments panel's forms post here (start a thread, reply, resolve, reopen). Answers are
// for the panel's fetchers; the section page's loader then shows the updated threads.
import { data, redirect } from "react-router";
import type { Route } from "./+types/section-comments";
import { attempt, formError } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";

// Someone who opens this address (a bookmark, a reload after posting) gets the section page,
// where the comments are, rather than a bare "400" without a title.
export function loader({ params }: Route.LoaderArgs) {
  throw redirect(`/p/${params.slug}/toolbox/${params.sectionId}`);
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const mentions = form.getAll("mentions").filter((m): m is string => typeof m === "string");
  const intent = field(form, "intent");
  const result = await attempt(async () => {
    switch (intent) {
      case "start":
        return context.trpc.comments.createThread({
          programmeSlug,
          sectionId: params.sectionId,
          quote: field(form, "quote"),
          prefix: field(form, "prefix"),
          body: field(form, "body"),
          mentions,
        });
      case "reply":
        return context.trpc.comments.reply({
          programmeSlug,
          threadId: field(form, "threadId"),
          body: field(form, "body"),
          mentions,
        });
      case "resolve":
      case "reopen":
        return context.trpc.comments.resolve({
          programmeSlug,
          threadId: field(form, "threadId"),
          resolved: intent === "resolve",
        });
      default:
        return null;
    }
  });
  if (!result.ok) {
    // Problems with the selected words have no field on the form: say them at the top.
    const errors = result.response.data;
    const quoteError = errors.fieldErrors.quote ?? errors.fieldErrors.prefix;
    if (quoteError) return data(formError(quoteError), { status: 400 });
    return result.response;
  }
  if (result.value === null)
    return data(formError("Sorry, we did not understand that form."), { status: 400 });
  return {
    ok: true as const,
    threadId: "threadId" in result.value ? result.value.threadId : undefined,
  };
}
