// A section's versions: save a named version, pick two to compare, restore an earlier one.
import { Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/section-versions";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { ActionButton } from "../../../components/ActionButton";
import { CompareForm } from "../../../components/versions/CompareForm";
import { formatDateTime, versionTitle } from "../../../components/versions/version-labels";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Versions of ${data?.section.title ?? "section"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.versions.list({ programmeSlug: params.slug, sectionId: params.sectionId }),
  );
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const input = { programmeSlug: params.slug, sectionId: params.sectionId };
  switch (field(form, "intent")) {
    case "create": {
      const result = await attempt(() =>
        context.trpc.versions.create({
          ...input,
          name: field(form, "name"),
          note: field(form, "note"),
        }),
      );
      if (!result.ok) return result.response;
      return { done: `Saved as version ${result.value.number}.` };
    }
    case "restore": {
      const result = await attempt(() =>
        context.trpc.versions.restore({ ...input, versionId: field(form, "versionId") }),
      );
      if (!result.ok) return result.response;
      return {
        done: `Version ${field(form, "number")} restored as version ${result.value.number}. The section now has its text.`,
      };
    }
  }
  return formError("We did not understand that request.");
}

export default function SectionVersions({ loaderData, actionData, params }: Route.ComponentProps) {
  const { section, versions, canManage } = loaderData;
  const navigation = useNavigation();
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const sectionPath = `/p/${params.slug}/toolbox/${section.id}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/toolbox`}>Toolbox</Link> › {section.documentTitle} ›{" "}
        <Link to={sectionPath}>{section.title}</Link>
      </nav>
      <h1>Versions of {section.title}</h1>
      <p className="lead">
        A version is a saved copy of the section&rsquo;s text. Versions are also saved automatically
        when the text has changed and gone quiet (at most every 10 minutes). Restoring brings back
        an old text as a new version: nothing is ever deleted.
      </p>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={errors?.formError} />
      {canManage && (
        <Form method="post" className="card" noValidate>
          <h2>Save a named version</h2>
          <input type="hidden" name="intent" value="create" />
          <FormField
            label="Name"
            name="name"
            hint='For example "Draft for consultation 2".'
            maxLength={120}
            required
            error={errors?.fieldErrors.name}
          />
          <div className={errors?.fieldErrors.note ? "field field-error" : "field"}>
            <label htmlFor="version-note">Note (optional)</label>
            <textarea id="version-note" name="note" rows={3} maxLength={2000} />
          </div>
          <button type="submit" className="button" disabled={navigation.state !== "idle"}>
            Save version
          </button>
        </Form>
      )}
      {versions.length === 0 ? (
        <p className="empty-state">No versions yet.</p>
      ) : (
        <>
          <CompareForm action={`${sectionPath}/compare`} versions={versions} />
          <h2>All versions, newest first</h2>
          <ol className="plain-list version-list" reversed>
            {versions.map((version) => (
              <li key={version.id} className="card version-item">
                <h3>{versionTitle(version)}</h3>
                <p className="meta">
                  {version.authorName ?? "Coproduce"}, {formatDateTime(version.createdAt)}
                </p>
                {version.note && <p className="version-note">{version.note}</p>}
                <div className="button-row">
                  <Link
                    className="button button-secondary"
                    to={`${sectionPath}/compare?from=${version.id}&to=current`}
                    aria-label={`Compare version ${version.number} with the current text`}
                  >
                    Compare with current text
                  </Link>
                  {canManage && (
                    <ActionButton
                      className="button button-secondary"
                      fields={{
                        intent: "restore",
                        versionId: version.id,
                        number: String(version.number),
                      }}
                      label={`Restore version ${version.number}`}
                      disabled={navigation.state !== "idle"}
                    >
                      Restore
                    </ActionButton>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
