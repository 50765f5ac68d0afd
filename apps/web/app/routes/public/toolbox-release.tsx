// A published release: its contents, release notes, downloads and the other releases.
// Serves both /toolbox/:slug (the latest) and /toolbox/:slug/releases/:version.
import { Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import type { Route } from "./+types/toolbox-release";
import { load } from "../../lib/trpc-errors.server";
import { formatDate } from "@coproduce/shared/labels";
import { downloadPath, publicSectionPath, toolboxPath } from "../../lib/public-toolbox";
import { PublicShell } from "../../components/PublicShell";
import { ReleaseNote } from "../../components/toolbox/ReleaseNote";
import { nestByDepth, type Nested } from "../../lib/nest-by-depth";
import { withoutScripts } from "../../lib/page-scripts";
import { CoProductionTable } from "../../components/co-production/CoProductionTable";

// Plain HTML: readers get no scripts (see lib/page-scripts.ts).
export const handle = withoutScripts;

function ContentsList({
  nodes,
  href,
}: {
  nodes: Nested<CallerOutputs["publicToolbox"]["release"]["contents"][number]>[];
  href: (sectionId: string) => string;
}) {
  return (
    <ol>
      {nodes.map(({ item, children }) => (
        <li key={item.sectionId}>
          <Link to={href(item.sectionId)}>{item.title}</Link>
          {children.length > 0 && <ContentsList nodes={children} href={href} />}
        </li>
      ))}
    </ol>
  );
}

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title: data
      ? `${data.release.toolbox.title} ${data.release.version} – ${data.release.toolbox.programme.name}`
      : "Toolbox – Coproduce",
  },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.publicToolbox.release({ programmeSlug: params.slug, version: params.version }),
  );
}

export default function ToolboxRelease({ loaderData, params }: Route.ComponentProps) {
  const { release, contents, releases, approvals, coProduction } = loaderData;
  const shapedBy = coProduction.totals.filter((row) =>
    Object.values(row.counts).some((count) => count > 0),
  );
  const withoutLivedExperience = coProduction.sections.filter((s) => !s.livedExperience);
  // Links from the latest release's short address stay short.
  const linkVersion = params.version ? release.version : null;
  const documents = new Map<string, { title: string; sections: typeof contents }>();
  for (const section of contents) {
    const document = documents.get(section.documentSlug) ?? {
      title: section.documentTitle,
      sections: [],
    };
    document.sections.push(section);
    documents.set(section.documentSlug, document);
  }
  const markdownFiles = [...documents.entries()].map(([slug, document]) => ({
    file: `${slug}-${release.version}.md`,
    title: document.title,
  }));

  return (
    <PublicShell home={{ to: toolboxPath(params.slug), label: release.toolbox.title }}>
      <ReleaseNote release={release} slug={params.slug} />
      <h1>{release.toolbox.title}</h1>
      <p className="lead">
        {release.toolbox.programme.name}. Release {release.version}, published{" "}
        {formatDate(release.publishedAt)}.
      </p>
      <section aria-labelledby="approvals-heading" className="card">
        <h2 id="approvals-heading">Who approved this release</h2>
        {approvals.length === 0 ? (
          <p>This release was published without a named sign-off.</p>
        ) : (
          <ul className="approvals">
            {approvals.map((approval) => (
              <li key={`${approval.personName}-${approval.organisationName}`}>
                {approval.personName}, for {approval.organisationName}, approved it on{" "}
                {formatDate(approval.createdAt)}.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="shaped-heading" className="card">
        <h2 id="shaped-heading">Who shaped this release</h2>
        {!coProduction.recorded ? (
          <p>This release was published before we recorded who shaped each section.</p>
        ) : shapedBy.length === 0 ? (
          <p>Nobody is recorded as having drafted, commented on or reviewed these sections.</p>
        ) : (
          <>
            <p>
              The stakeholder groups who drafted, commented, suggested changes, reviewed and
              approved the sections of this release. Each number counts people, once for each
              section they had that part in.
            </p>
            <CoProductionTable caption="Who shaped this release, by group" rows={shapedBy} />
            {withoutLivedExperience.length > 0 && (
              <p>
                No service user or carer had a part in:{" "}
                {withoutLivedExperience.map((s) => s.title).join(", ")}.
              </p>
            )}
          </>
        )}
      </section>
      {release.notes && (
        <section aria-labelledby="notes-heading" className="card">
          <h2 id="notes-heading">What is new in release {release.version}</h2>
          {release.notes.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      <nav aria-labelledby="contents-heading" className="toolbox-contents">
        <h2 id="contents-heading">Contents</h2>
        {[...documents.entries()].map(([slug, document]) => (
          <section key={slug} aria-label={document.title}>
            <h3>{document.title}</h3>
            <ContentsList
              nodes={nestByDepth(document.sections)}
              href={(sectionId) => publicSectionPath(params.slug, sectionId, linkVersion)}
            />
          </section>
        ))}
      </nav>
      <section aria-labelledby="download-heading" className="no-print">
        <h2 id="download-heading">Download this release</h2>
        <ul>
          <li>
            <a href={downloadPath(params.slug, release.version, "toolbox.html")} download>
              One web page (HTML)
            </a>
          </li>
          <li>
            <a href={downloadPath(params.slug, release.version, "toolbox.docx")} download>
              Word document (DOCX)
            </a>
          </li>
          {markdownFiles.map((markdown) => (
            <li key={markdown.file}>
              <a href={downloadPath(params.slug, release.version, markdown.file)} download>
                {markdown.title} as Markdown
              </a>
            </li>
          ))}
        </ul>
        <p className="meta">To print or save as PDF, use your browser’s Print command.</p>
      </section>
      <section aria-labelledby="feedback-heading" className="card no-print">
        <h2 id="feedback-heading">Tell us what you think</h2>
        <p>You do not need an account. See what people told us and what we did about it.</p>
        <p className="link-row">
          <Link className="button" to={`/feedback/${params.slug}/give`}>
            Give feedback
          </Link>
          <Link to={`/feedback/${params.slug}`}>You said, we did</Link>
        </p>
      </section>
      <section aria-labelledby="releases-heading" className="no-print">
        <h2 id="releases-heading">All releases</h2>
        <ul>
          {releases.map((other) => (
            <li key={other.version}>
              {other.version === release.version ? (
                <strong aria-current="page">Release {other.version} (this one)</strong>
              ) : (
                <Link to={toolboxPath(params.slug, other.version)}>Release {other.version}</Link>
              )}{" "}
              <span className="meta">published {formatDate(other.publishedAt)}</span>
            </li>
          ))}
        </ul>
      </section>
    </PublicShell>
  );
}
