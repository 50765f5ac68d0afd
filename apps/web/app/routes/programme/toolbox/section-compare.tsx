// The difference between two versions of a section (or a version and the current text), with
// inserted and deleted words marked and headings kept. The diff HTML is built on the server from
// escaped text (packages/api/src/services/version-diff.ts).
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import type { Route } from "./+types/section-compare";
import { load } from "../../../lib/trpc-errors.server";
import { CompareForm } from "../../../components/versions/CompareForm";
import { formatDateTime, versionTitle } from "../../../components/versions/version-labels";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Compare versions of ${data?.list.section.title ?? "section"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const input = { programmeSlug: params.slug, sectionId: params.sectionId };
  const list = await load(request, () => context.trpc.versions.list(input));
  const from = url.searchParams.get("from") ?? list.versions[0]?.id;
  const to = url.searchParams.get("to") ?? "current";
  const comparison = from
    ? await load(request, () => context.trpc.versions.compare({ ...input, from, to }))
    : null;
  return { list, comparison, from, to };
}

export default function SectionCompare({ loaderData, params }: Route.ComponentProps) {
  const { list, comparison, from, to } = loaderData;
  const sectionPath = `/p/${params.slug}/toolbox/${list.section.id}`;
  const numbers = new Map(list.versions.map((v) => [v.id, v]));
  const describe = (version: CallerOutputs["versions"]["compare"]["to"]) => {
    if (!version) return "the current text";
    const full = numbers.get(version.id);
    return full ? `${versionTitle(full)} (${formatDateTime(version.createdAt)})` : "a version";
  };
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> ›{" "}
        <Link to={sectionPath}>{list.section.title}</Link> ›{" "}
        <Link to={`${sectionPath}/versions`}>Versions</Link>
      </nav>
      <h1>Compare versions of {list.section.title}</h1>
      {!comparison ? (
        <p className="empty-state">
          This section has no versions yet.{" "}
          <Link to={`${sectionPath}/versions`}>Save a version</Link> first.
        </p>
      ) : (
        <>
          <p className="lead">
            From {describe(comparison.from)} to {describe(comparison.to)}.
          </p>
          <p className="meta" role="status">
            {comparison.diff.insertedWords === 0 && comparison.diff.deletedWords === 0
              ? "No differences in the text."
              : `${comparison.diff.insertedWords} words inserted, ${comparison.diff.deletedWords} words deleted.`}{" "}
            Inserted text is underlined on green; deleted text is struck through on red.
          </p>
          <div
            className="card version-diff"
            role="region"
            aria-label="Differences"
            dangerouslySetInnerHTML={{ __html: comparison.diff.html }}
          />
          <CompareForm
            key={`${from}-${to}`}
            action={`${sectionPath}/compare`}
            versions={list.versions}
            from={from}
            to={to}
          />
        </>
      )}
    </>
  );
}
