// Publishing the Toolbox: the releases so far, and (for admins and facilitators) a form to
// publish the agreed sections as a new release anyone can read at /toolbox.
import { Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/releases";
import { attempt, load } from "../../lib/trpc-errors.server";
import { field } from "../../lib/form";
import { formatDate } from "../../lib/labels";
import { toolboxPath } from "../../lib/public-toolbox";
import { ErrorSummary } from "../../components/ErrorSummary";
import { FormField } from "../../components/FormField";
import { TextAreaField } from "../../components/TextAreaField";

// Only people who may publish see the page as "Publish the Toolbox"; the others read releases.
const pageTitle = (canPublish: boolean | undefined) =>
  canPublish ? "Publish the Toolbox" : "Toolbox releases";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${pageTitle(data?.canPublish)} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () => context.trpc.publishing.overview({ programmeSlug: params.slug }));
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.publishing.publish({
      programmeSlug: params.slug,
      version: field(form, "version"),
      notes: field(form, "notes"),
    }),
  );
  if (!result.ok) return result.response;
  return {
    done: `Release ${result.value.version} is published, with ${result.value._count.sections} sections.`,
  };
}

export default function Releases({ loaderData, actionData, params }: Route.ComponentProps) {
  const { releases, agreedSections, canPublish, suggestedVersion } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> › Releases
      </nav>
      <h1>{pageTitle(canPublish)}</h1>
      <p className="lead">
        A release is a fixed copy of every agreed section. Anyone can read the latest release
        without an account, at <Link to={toolboxPath(params.slug)}>the public Toolbox</Link>. Drafts
        do not change it.
      </p>
      {done && (
        <p className="notice" role="status">
          {done} <Link to={toolboxPath(params.slug)}>Read the public Toolbox</Link>.
        </p>
      )}
      {canPublish && (
        <section className="card" aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish a new release</h2>
          <p>
            {agreedSections === 1
              ? "1 section is agreed and will be published."
              : `${agreedSections} sections are agreed and will be published.`}{" "}
            Sections in draft or in review are left out.
          </p>
          <ErrorSummary message={errors?.formError} />
          <Form method="post" noValidate>
            <FormField
              label="Release number"
              name="version"
              hint="Numbers and dots, higher than the last release. For example 1.2."
              defaultValue={suggestedVersion}
              maxLength={20}
              required
              error={errors?.fieldErrors.version}
            />
            <TextAreaField
              label="Release notes (optional)"
              name="notes"
              hint="Say what changed, in plain words. Readers see this at the top of the release."
              maxLength={5000}
              error={errors?.fieldErrors.notes}
            />
            <button type="submit" className="button" disabled={busy}>
              Publish release
            </button>
          </Form>
        </section>
      )}
      <h2>Releases</h2>
      {releases.length === 0 ? (
        <p>Nothing has been published yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Releases" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Releases of the Toolbox, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Release</th>
                <th scope="col">Published</th>
                <th scope="col">Sections</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release) => (
                <tr key={release.id}>
                  <th scope="row">
                    <Link to={toolboxPath(params.slug, release.version)}>{release.version}</Link>
                  </th>
                  <td>
                    {formatDate(release.publishedAt)}
                    {release.publishedBy ? ` by ${release.publishedBy.name}` : ""}
                  </td>
                  <td>{release._count.sections}</td>
                  <td>{release.notes || "None"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
