// "You said, we did": published feedback and the programme's responses, newest first, a page at
// a time, with a filter by theme. Only the redacted text moderators approved is here; names and
// contact details never are.
import { Link } from "react-router";
import type { Route } from "./+types/feedback-published";
import { load } from "../../lib/trpc-errors.server";
import { feedbackStatusLabel, formatDate } from "@coproduce/shared/labels";
import { PublicShell } from "../../components/PublicShell";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `You said, we did – ${data?.programme.name ?? "Coproduce"}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const page = Number(url.searchParams.get("page") ?? "1");
  const theme = url.searchParams.get("theme") || null;
  const published = await load(request, () =>
    context.trpc.feedback.published({
      programmeSlug: params.slug,
      theme: theme ?? undefined,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    }),
  );
  return { ...published, theme };
}

function pageLink(slug: string, theme: string | null, page: number): string {
  const query = new URLSearchParams();
  if (theme) query.set("theme", theme);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return `/feedback/${slug}${text ? `?${text}` : ""}`;
}

export default function PublishedFeedback({ loaderData, params }: Route.ComponentProps) {
  const { programme, items, themes, total, page, pageCount, theme } = loaderData;
  return (
    <PublicShell home={{ to: `/feedback/${params.slug}`, label: programme.name }}>
      <h1>You said, we did</h1>
      <p className="lead">
        What people told {programme.name}, and what the programme did about it.
      </p>
      <p>
        <Link className="button" to={`/feedback/${params.slug}/give`}>
          Give feedback
        </Link>
      </p>
      {themes.length > 0 && (
        <nav aria-labelledby="themes-heading">
          <h2 id="themes-heading">Themes</h2>
          <ul className="theme-list">
            <li>
              <Link to={pageLink(params.slug, null, 1)} aria-current={!theme ? "page" : undefined}>
                All feedback
              </Link>
            </li>
            {themes.map((t) => (
              <li key={t.name}>
                <Link
                  to={pageLink(params.slug, t.name, 1)}
                  aria-current={theme === t.name ? "page" : undefined}
                >
                  {t.name} ({t.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <h2>{theme ?? "All feedback"}</h2>
      {total === 0 ? (
        <p>No feedback has been published yet.</p>
      ) : (
        <p className="meta">
          {total === 1
            ? "1 piece of feedback"
            : `${total.toLocaleString("en-GB")} pieces of feedback`}
          , newest first. Page {page} of {pageCount}.
        </p>
      )}
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} id={`feedback-${item.id}`} className="card you-said">
            <p className="meta">
              About {item.targetTitle}
              {item.stakeholderGroup
                ? `, from a ${item.stakeholderGroup.name.toLowerCase()}`
                : ""}, {formatDate(item.createdAt)}
              {item.themes.length > 0 ? `. Themes: ${item.themes.join(", ")}` : ""}
            </p>
            <h3 className="you-said-heading">You said</h3>
            <blockquote className="preserve-lines">{item.publicBody}</blockquote>
            <h3 className="you-said-heading">
              We did{" "}
              <span className={`badge badge-feedback-${item.status}`}>
                {feedbackStatusLabel(item.status)}
              </span>
            </h3>
            <p className="preserve-lines">
              {item.response ?? "We are reading this and will reply soon."}
            </p>
            {item.changeLabel && <p className="meta">What changed: {item.changeLabel}</p>}
          </li>
        ))}
      </ul>
      {pageCount > 1 && (
        <nav aria-label="Pages of feedback" className="pager">
          {page > 1 && (
            <Link rel="prev" to={pageLink(params.slug, theme, page - 1)}>
              Newer feedback
            </Link>
          )}
          {page < pageCount && (
            <Link rel="next" to={pageLink(params.slug, theme, page + 1)}>
              Older feedback
            </Link>
          )}
        </nav>
      )}
    </PublicShell>
  );
}
