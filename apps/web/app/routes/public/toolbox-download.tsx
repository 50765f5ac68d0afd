// Downloads of a release: one HTML page, a Word document, or one Markdown file per document.
import type { Route } from "./+types/toolbox-download";
import { load } from "../../lib/trpc-errors.server";
import { buildReleaseFile } from "../../lib/release-files.server";

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { release, sections } = await load(request, () =>
    context.trpc.publicToolbox.export({ programmeSlug: params.slug, version: params.version }),
  );
  const file = await buildReleaseFile(release, sections, params.file);
  if (!file) throw new Response("We could not find that download.", { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      // A release never changes, so a download can be kept.
      "Cache-Control": "public, max-age=3600",
      // The HTML file must not run anything even if opened from this site.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
