// Search across the programme: sections, documents, partnerships, people, comments, the published
// Toolbox and Change Academy sessions, ranked, showing only what the person's role may see, a
// page at a time with the count of every match. Titles and snippets arrive as escaped HTML with
// <mark> around the matches (packages/api/src/services/search.ts).
import { Form, Link } from "react-router";
import type { Route } from "./+types/search";
import { load } from "../../lib/trpc-errors.server";
import { countOf } from "@coproduce/shared/count-of";

const PAGE_SIZE = 20;

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title: data?.q
      ? `Search: ${data.q}${data.page > 1 ? `, page ${data.page}` : ""} – Coproduce`
      : "Search – Coproduce",
  },
];

/** A page number from the address: a whole number from 1, else the first page. */
function pageFrom(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const page = pageFrom(url.searchParams.get("page"));
  const found = q.trim()
    ? await load(request, () =>
        context.trpc.search.query({ programmeSlug: params.slug, q, page, pageSize: PAGE_SIZE }),
      )
    : { results: [], total: 0, page, pageSize: PAGE_SIZE };
  return { q, ...found };
}

function pageLink(q: string, page: number): string {
  const query = new URLSearchParams({ q });
  if (page > 1) query.set("page", String(page));
  return `?${query.toString()}`;
}

function summary(q: string, total: number, page: number, pageSize: number, shown: number) {
  if (total === 0) return `Nothing found for "${q}".`;
  const count = `${countOf(total, "result", "results")} for "${q}"`;
  if (total <= pageSize) return `${count}, best first.`;
  if (shown === 0) return `${count}. There are no more on page ${page}.`;
  const first = (page - 1) * pageSize + 1;
  return `${count}, best first. Showing ${first} to ${first + shown - 1}.`;
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { q, results, total, page, pageSize } = loaderData;
  const pageCount = Math.ceil(total / pageSize);
  return (
    <>
      <h1>Search</h1>
      <Form method="get" role="search" className="search-form" key={q}>
        <div className="field">
          <label htmlFor="search-page-q">
            Search sections, documents, partnerships, people and sessions
          </label>
          <input id="search-page-q" type="search" name="q" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </Form>
      {q.trim() && (
        <p className="meta" role="status">
          {summary(q, total, page, pageSize, results.length)}
        </p>
      )}
      {results.length > 0 && (
        <ol className="plain-list search-results" start={(page - 1) * pageSize + 1}>
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
      {pageCount > 1 && (
        <nav aria-label="Pages of results" className="pager">
          {page > 1 && (
            <Link rel="prev" to={pageLink(q, Math.min(page - 1, pageCount))}>
              Previous results
            </Link>
          )}
          <span className="meta">
            Page {Math.min(page, pageCount)} of {pageCount}
          </span>
          {page < pageCount && (
            <Link rel="next" to={pageLink(q, page + 1)}>
              More results
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
