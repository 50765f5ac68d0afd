// Downloads the decision log (with the filters in the address) as a CSV file.
import type { Route } from "./+types/decisions-export";
import { load } from "../../../lib/trpc-errors.server";
import { decisionFilters } from "../../../lib/decision-filters";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const filters = decisionFilters(new URL(request.url).searchParams);
  const { filename, csv } = await load(request, () =>
    context.trpc.governance.decisionLog.csv({ programmeSlug: params.slug, ...filters }),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
