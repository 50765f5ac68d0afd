// Who shaped one release: each section's co-production record as it was frozen when the
// release was published, with the people named (members only; the public page shows counts).
import { Link } from "react-router";
import type { Route } from "./+types/release-co-production";
import { load } from "../../../lib/trpc-errors.server";
import { CoProductionRecord } from "../../../components/co-production/CoProductionRecord";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Who shaped release ${data?.version ?? ""} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.coProduction.release({ programmeSlug: params.slug, version: params.version }),
  );
}

export default function ReleaseCoProduction({ loaderData, params }: Route.ComponentProps) {
  const { version, sections } = loaderData;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> ›{" "}
        <Link to={`/p/${params.slug}/toolbox/releases`}>Releases</Link> › Release {version}
      </nav>
      <h1>Who shaped release {version}</h1>
      <p className="lead">
        Each section’s record as it was when the release was published. It does not change later.
      </p>
      {sections.map((section) => (
        <section
          className="card"
          key={section.sectionId}
          aria-labelledby={`shaped-${section.sectionId}`}
        >
          <h2 id={`shaped-${section.sectionId}`}>{section.title}</h2>
          <p className="meta">{section.documentTitle}</p>
          {section.record ? (
            <CoProductionRecord record={section.record} />
          ) : (
            <p>This release was published before we recorded who shaped each section.</p>
          )}
        </section>
      ))}
    </>
  );
}
