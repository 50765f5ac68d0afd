// Downloads an empty import file (just the header row) for one kind of data.
import type { Route } from "./+types/template";
import { data } from "react-router";
import { CSV_KINDS, csvTemplate } from "@coproduce/api";
import { load } from "../../../lib/trpc-errors.server";
import { oneOf } from "../../../lib/form";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const kind = oneOf(CSV_KINDS, params.kind);
  if (!kind) throw data("We have no template for that kind of data.", { status: 404 });
  // Only people in the programme get its templates (the same check as reading its data).
  await load(request, () => context.trpc.partnerships.abilities({ programmeSlug: params.slug }));
  return new Response(csvTemplate(kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${kind.replace("_", "-")}-template.csv"`,
    },
  });
}
