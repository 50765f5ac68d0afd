// Downloads one kind of delivery-model data as a CSV file.
import type { Route } from "./+types/export";
import { data } from "react-router";
import { CSV_KINDS } from "@coproduce/api";
import { load } from "../../../lib/trpc-errors.server";
import { oneOf } from "../../../lib/form";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const kind = oneOf(CSV_KINDS, params.kind);
  if (!kind) throw data("We cannot export that kind of data.", { status: 400 });
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
