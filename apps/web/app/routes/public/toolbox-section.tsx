// One published section, read by anyone. Serves /toolbox/:slug/sections/:sectionId (latest
// release) and /toolbox/:slug/releases/:version/sections/:sectionId.
import { Link } from "react-router";
import type { Route } from "./+types/toolbox-section";
import { load } from "../../lib/trpc-errors.server";
import { formatDate } from "@coproduce/shared/labels";
import { feedbackTargetParam } from "@coproduce/shared/feedback-targets";
import { publicSectionPath, toolboxPath } from "../../lib/public-toolbox";
import { PublicShell } from "../../components/PublicShell";
import { ReleaseNote } from "../../components/toolbox/ReleaseNote";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title: data
      ? `${data.section.title} – ${data.release.toolbox.title} ${data.release.version}`
      : "Toolbox – Coproduce",
  },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const [published, localVersions] = await load(request, () =>
    Promise.all([
      context.trpc.publicToolbox.section({
        programmeSlug: params.slug,
        version: params.version,
        sectionId: params.sectionId,
      }),
      context.trpc.variants.publishedForSection({
        programmeSlug: params.slug,
        sectionId: params.sectionId,
      }),
    ]),
  );
  return { ...published, localVersions };
}

export default function PublishedSection({ loaderData, params }: Route.ComponentProps) {
  const { release, section, previous, next, localVersions } = loaderData;
  const linkVersion = params.version ? release.version : null;
  const feedbackOn = feedbackTargetParam({ type: "section", id: section.sectionId });
  return (
    <PublicShell home={{ to: toolboxPath(params.slug), label: release.toolbox.title }}>
      <ReleaseNote release={release} slug={params.slug} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={toolboxPath(params.slug, linkVersion)}>Contents</Link> › {section.documentTitle}
      </nav>
      <article className="published-section">
        <h1>{section.title}</h1>
        <p className="meta">
          Release {release.version}, published {formatDate(release.publishedAt)}.
        </p>
        {/* Safe by construction: the editor's renderer escapes every text and allows only known tags. */}
        <div className="section-body" dangerouslySetInnerHTML={{ __html: section.html }} />
      </article>
      {localVersions.length > 0 && (
        <aside className="card" aria-labelledby="local-heading">
          <h2 id="local-heading">How partnerships deliver this locally</h2>
          <p>Some partnerships have written their own version of this section for their area.</p>
          <ul>
            {localVersions.map((v) => (
              <li key={v.id}>
                <Link to={`${toolboxPath(params.slug)}/local/${v.id}`}>{v.partnership.name}</Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <aside className="card no-print" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">What do you think of this section?</h2>
        <p>Tell the programme team. You do not need an account.</p>
        <p className="link-row">
          <Link className="button" to={`/feedback/${params.slug}/give?on=${feedbackOn}`}>
            Give feedback
          </Link>
          <Link to={`/feedback/${params.slug}/easy-read?on=${feedbackOn}`}>
            Easy read: one question at a time
          </Link>
        </p>
        <p>
          <Link to={`/feedback/${params.slug}`}>
            You said, we did: what people told us and what we did
          </Link>
        </p>
      </aside>
      <nav aria-label="Previous and next sections" className="pager no-print">
        {previous && (
          <Link rel="prev" to={publicSectionPath(params.slug, previous.sectionId, linkVersion)}>
            <span className="meta">Previous</span> {previous.title}
          </Link>
        )}
        {next && (
          <Link rel="next" to={publicSectionPath(params.slug, next.sectionId, linkVersion)}>
            <span className="meta">Next</span> {next.title}
          </Link>
        )}
      </nav>
    </PublicShell>
  );
}
