// A partnership's published local version of a toolkit section, read by anyone, beside a link
// back to the core section it adapts (docs/decisions/0017-local-versions.md).
import { Link } from "react-router";
import type { Route } from "./+types/toolbox-local-version";
import { load } from "../../lib/trpc-errors.server";
import { formatDate } from "@coproduce/shared/labels";
import { publicSectionPath, toolboxPath } from "../../lib/public-toolbox";
import { PublicShell } from "../../components/PublicShell";
import { withoutScripts } from "../../lib/page-scripts";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} – local version` : "Local version – Coproduce" },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.variants.published({ programmeSlug: params.slug, variantId: params.variantId }),
  );
}

export default function PublishedLocalVersion({ loaderData, params }: Route.ComponentProps) {
  const v = loaderData;
  return (
    <PublicShell home={{ to: toolboxPath(params.slug), label: "Toolbox" }}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={toolboxPath(params.slug)}>Contents</Link> ›{" "}
        <Link to={publicSectionPath(params.slug, v.coreSection.id, null)}>
          {v.coreSection.title}
        </Link>
      </nav>
      <article className="published-section">
        <h1>{v.title}</h1>
        <p className="meta">
          How {v.partnershipName} delivers {v.coreSection.title} locally
          {v.publishedAt ? `, published ${formatDate(v.publishedAt)}` : ""}. It adapts the
          programme&rsquo;s own section:{" "}
          <Link to={publicSectionPath(params.slug, v.coreSection.id, null)}>
            read {v.coreSection.title}
          </Link>
          .
        </p>
        {/* Safe by construction: rendered from the live text and passed through the allowlist. */}
        <div className="section-body" dangerouslySetInnerHTML={{ __html: v.html }} />
      </article>
    </PublicShell>
  );
}
