// The @ picker's source: a few programme members whose name contains ?q=, as data for a fetcher.
// Asked for as someone types, so a section page does not carry every member's name.
import type { Route } from "./+types/mentionable";
import { load } from "../../lib/trpc-errors.server";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const people = await load(request, () =>
    context.trpc.members.mentionable({ programmeSlug: params.slug, query }),
  );
  return { query, people };
}
