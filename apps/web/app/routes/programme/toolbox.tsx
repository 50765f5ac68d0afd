import { Link } from "react-router";
import type { Route } from "./+types/toolbox";
import { load } from "../../lib/trpc-errors.server";
import { sectionStatusLabel } from "../../lib/labels";

export const meta: Route.MetaFunction = () => [{ title: "Toolbox – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const toolbox = await load(request, () =>
    context.trpc.toolbox.outline({ programmeSlug: params.slug }),
  );
  return { toolbox };
}

interface SectionRow {
  id: string;
  parentId: string | null;
  title: string;
  status: string;
}

function SectionTree({
  sections,
  parentId,
  base,
}: {
  sections: SectionRow[];
  parentId: string | null;
  base: string;
}) {
  const children = sections.filter((s) => s.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ol className="section-tree">
      {children.map((section) => (
        <li key={section.id}>
          <Link to={`${base}/${section.id}`}>{section.title}</Link>{" "}
          <span className={`badge badge-${section.status}`}>
            {sectionStatusLabel(section.status)}
          </span>
          <SectionTree sections={sections} parentId={section.id} base={base} />
        </li>
      ))}
    </ol>
  );
}

export default function Toolbox({ loaderData, params }: Route.ComponentProps) {
  const { toolbox } = loaderData;
  const base = `/p/${params.slug}/toolbox`;
  if (!toolbox) {
    return (
      <>
        <h1>Toolbox</h1>
        <p>This programme has no Toolbox yet.</p>
      </>
    );
  }
  return (
    <>
      <h1>{toolbox.title}</h1>
      <p className="lead">
        The Integrated Care Toolkit and its handbooks, written together by everyone in the
        programme.
      </p>
      {toolbox.documents.map((document) => (
        <section key={document.id} className="card" aria-labelledby={`doc-${document.id}`}>
          <h2 id={`doc-${document.id}`}>{document.title}</h2>
          <p>{document.summary}</p>
          <SectionTree sections={document.sections} parentId={null} base={base} />
        </section>
      ))}
    </>
  );
}
