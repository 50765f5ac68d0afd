// "You said, we did": published feedback and the programme's responses, by theme. Only the
// redacted text moderators approved is here; names and contact details never are.
import { Link } from "react-router";
import type { Route } from "./+types/feedback-published";
import { load } from "../../lib/trpc-errors.server";
import { feedbackStatusLabel, formatDate } from "../../lib/labels";
import { PublicShell } from "../../components/PublicShell";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `You said, we did – ${data?.programme.name ?? "Coproduce"}` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () => context.trpc.feedback.published({ programmeSlug: params.slug }));
}

type Item = Route.ComponentProps["loaderData"]["items"][number];

/** Each item appears under each of its themes; untagged items under "Other feedback". */
function byTheme(items: Item[]): [string, Item[]][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const theme of item.themes.length > 0 ? item.themes : ["Other feedback"]) {
      groups.set(theme, [...(groups.get(theme) ?? []), item]);
    }
  }
  return [...groups.entries()].sort(([a], [b]) =>
    a === "Other feedback" ? 1 : b === "Other feedback" ? -1 : a.localeCompare(b),
  );
}

export default function PublishedFeedback({ loaderData, params }: Route.ComponentProps) {
  const { programme, items } = loaderData;
  const themes = byTheme(items);
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
      {themes.length === 0 && <p>No feedback has been published yet.</p>}
      {themes.length > 1 && (
        <nav aria-labelledby="themes-heading">
          <h2 id="themes-heading">Themes</h2>
          <ul className="theme-list">
            {themes.map(([theme, list]) => (
              <li key={theme}>
                <a href={`#theme-${encodeURIComponent(theme)}`}>
                  {theme} ({list.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {themes.map(([theme, list]) => (
        <section
          key={theme}
          id={`theme-${encodeURIComponent(theme)}`}
          aria-labelledby={`heading-${encodeURIComponent(theme)}`}
        >
          <h2 id={`heading-${encodeURIComponent(theme)}`}>{theme}</h2>
          <ul className="plain-list">
            {list.map((item) => (
              <li key={item.id} id={`feedback-${item.id}`} className="card you-said">
                <p className="meta">
                  About {item.targetTitle}
                  {item.stakeholderGroup
                    ? `, from a ${item.stakeholderGroup.name.toLowerCase()}`
                    : ""}
                  , {formatDate(item.createdAt)}
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
        </section>
      ))}
    </PublicShell>
  );
}
