// The suggestions panel's forms post here (accept, reject, all by one person, withdraw). The
// section page's loader then shows the updated list and text.
import { data, redirect } from "react-router";
import type { Route } from "./+types/section-suggestions";
import { attempt, formError } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";

export function loader({ params }: Route.LoaderArgs) {
  throw redirect(`/p/${params.slug}/toolbox/${params.sectionId}#suggestions`);
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const sectionId = params.sectionId;
  const intent = field(form, "intent");
  const result = await attempt(async () => {
    switch (intent) {
      case "accept":
      case "reject":
        return context.trpc.suggestions.decide({
          programmeSlug,
          sectionId,
          suggestionId: field(form, "suggestionId"),
          accept: intent === "accept",
        });
      case "acceptAll":
      case "rejectAll":
        return context.trpc.suggestions.decideAllBy({
          programmeSlug,
          sectionId,
          authorId: field(form, "authorId"),
          accept: intent === "acceptAll",
        });
      case "withdraw":
        return context.trpc.suggestions.withdraw({
          programmeSlug,
          sectionId,
          suggestionId: field(form, "suggestionId"),
        });
      default:
        return null;
    }
  });
  if (!result.ok) return result.response;
  if (result.value === null)
    return data(formError("Sorry, we did not understand that form."), { status: 400 });
  return { ok: true as const };
}
