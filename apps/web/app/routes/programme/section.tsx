import { Link } from "react-router";
import type { Route } from "./+types/section";
import { load } from "../../lib/trpc-errors.server";
import { formatDate, sectionStatusLabel } from "../../lib/labels";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.section.title ?? "Section"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const section = await load(request, () =>
    context.trpc.toolbox.section({ programmeSlug: params.slug, sectionId: params.sectionId }),
  );
  return { section };
}

export default function Section({ loaderData, params }: Route.ComponentProps) {
  const { section } = loaderData;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> › {section.documentTitle}
      </nav>
      <h1>{section.title}</h1>
      <p className="meta">
        <span className={`badge badge-${section.status}`}>
          {sectionStatusLabel(section.status)}
        </span>{" "}
        Owner: {section.ownerName ?? "No owner yet"}. Last changed {formatDate(section.updatedAt)}.
      </p>
      <div className="prose">
        {section.plainText
          .split(/\n{2,}|\n/)
          .filter((paragraph) => paragraph.trim() !== "")
          .map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
      </div>
    </>
  );
}
