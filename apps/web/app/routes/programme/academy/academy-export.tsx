// Downloads of a session record: the whole record as Markdown, or its outputs as CSV.
import type { Route } from "./+types/academy-export";
import { load } from "../../../lib/trpc-errors.server";

const FILES = {
  "record.md": { format: "markdown", type: "text/markdown; charset=utf-8" },
  "outputs.csv": { format: "csv", type: "text/csv; charset=utf-8" },
} as const;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const file = FILES[params.file as keyof typeof FILES];
  if (!file) throw new Response("Not found", { status: 404 });
  const body = await load(request, () =>
    context.trpc.academy.exportRecord({
      programmeSlug: params.slug,
      sessionId: params.sessionId,
      format: file.format,
    }),
  );
  return new Response(body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="session-${params.sessionId}-${params.file}"`,
    },
  });
}
