// Search across the programme: sections, documents, partnerships and people, ranked, showing
// only what the person's role may see. Titles and snippets arrive as escaped HTML with <mark>
// around the matches (packages/api/src/services/search.ts).
import { Form, Link } from "react-router";
import type { Route } from "./+types/search";
import { load } from "../../lib/trpc-errors.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data?.q ? `Search: ${data.q} – Coproduce` : "Search – Coproduce" },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  const results = q.trim()
    ? await load(request, () => context.trpc.search.query({ programmeSlug: params.slug, q }))
    : [];
  return { q, results };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { q, results } = loaderData;
  return (
    <>
      <h1>Search</h1>
      <Form method="get" role="search" className="search-form" key={q}>
        <div className="field">
          <label htmlFor="search-page-q">Search sections, documents, partnerships and people</label>
          <input id="search-page-q" type="search" name="q" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </Form>
      {q.trim() && (
        <p className="meta" role="status">
          {results.length === 0
            ? `Nothing found for "${q}".`
            : `${results.length} ${results.length === 1 ? "result" : "results"} for "${q}", best first.`}
        </p>
      )}
      {results.length > 0 && (
        <ol className="plain-list search-results">
          {results.map((result) => (
            <li key={`${result.kind}-${result.recordId}`} className="search-result">
              <p className="meta">{result.kindLabel}</p>
              <h2>
                <Link to={result.href} dangerouslySetInnerHTML={{ __html: result.titleHtml }} />
              </h2>
              {result.snippetHtml && <p dangerouslySetInnerHTML={{ __html: result.snippetHtml }} />}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
