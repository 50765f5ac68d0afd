// Downloads one kind of delivery-model data as a CSV file.
import type { Route } from "./+types/export";
import { load } from "../../../lib/trpc-errors.server";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const kind = params.kind as "partnerships" | "milestones" | "benefit_actuals" | "adoption";
  const { filename, csv } = await load(request, () =>
    context.trpc.deliveryCsv.export({ programmeSlug: params.slug, kind }),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
