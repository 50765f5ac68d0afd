// Publishing the Toolbox: the releases so far; the next release as a draft (what changed since
// the last release, section by section); its sign-off (approvers approve or object, admins name
// them and the rule); and (for admins and facilitators) the form to publish it.
import { Form, Link, data, useNavigation } from "react-router";
import type { Route } from "./+types/releases";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { SIGN_OFF_RULES } from "@coproduce/shared/vocabulary";
import { choiceField, field } from "../../../lib/form";
import { formatDate } from "@coproduce/shared/labels";
import { toolboxPath } from "../../../lib/public-toolbox";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { TextAreaField } from "../../../components/TextAreaField";
import { SignOffPanel } from "../../../components/governance/SignOffPanel";
import { ReleaseDraftChanges } from "../../../components/governance/ReleaseDraftChanges";
import { countOf } from "@coproduce/shared/count-of";

// Only people who may publish see the page as "Publish the Toolbox"; the others read releases.
const pageTitle = (canPublish: boolean | undefined) =>
  canPublish ? "Publish the Toolbox" : "Toolbox releases";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${pageTitle(data?.canPublish)} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const programmeSlug = params.slug;
  const [overview, signOff, draft] = await load(request, () =>
    Promise.all([
      context.trpc.publishing.overview({ programmeSlug }),
      context.trpc.governance.signOff.overview({ programmeSlug }),
      context.trpc.governance.signOff.changes({ programmeSlug }),
    ]),
  );
  return { ...overview, signOff, draft };
}

/** Which form a message belongs to, so it shows beside that form. */
type FormName = "publish" | "review" | "rule" | "approver";

async function run<T>(form: FormName, mutation: () => Promise<T>, done: (value: T) => string) {
  const result = await attempt(mutation);
  if (!result.ok) {
    return data({ ...result.response.data, form }, result.response.init ?? undefined);
  }
  return { done: done(result.value), form };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const signOff = context.trpc.governance.signOff;
  switch (field(form, "intent")) {
    case "approve":
    case "object":
      return run(
        "review",
        () =>
          signOff.review({
            programmeSlug,
            verdict: field(form, "intent") === "approve" ? "approved" : "objected",
            comment: field(form, "comment"),
          }),
        (review) =>
          review.verdict === "approved"
            ? "You approved the next release."
            : "You objected to the next release. The editors can see your comment.",
      );
    case "rule":
      return run(
        "rule",
        () =>
          signOff.setRule({
            programmeSlug,
            rule: choiceField(form, "rule", SIGN_OFF_RULES, "Choose a rule from the list."),
          }),
        () => "Sign-off rule saved.",
      );
    case "add-approver":
      return run(
        "approver",
        () =>
          signOff.addApprover({
            programmeSlug,
            userId: field(form, "userId"),
            organisationId: field(form, "organisationId"),
          }),
        () => "Approver added.",
      );
    case "remove-approver":
      return run(
        "approver",
        () => signOff.removeApprover({ programmeSlug, approverId: field(form, "approverId") }),
        () => "Approver removed.",
      );
    default:
      return run(
        "publish",
        () =>
          context.trpc.publishing.publish({
            programmeSlug,
            version: field(form, "version"),
            notes: field(form, "notes"),
          }),
        (release) =>
          `Release ${release.version} is published, with ${release._count.sections} sections.`,
      );
  }
}

export default function Releases({ loaderData, actionData, params }: Route.ComponentProps) {
  const { releases, agreedSections, canPublish, suggestedVersion, signOff, draft } = loaderData;
  const busy = useNavigation().state !== "idle";
  const formOf = actionData && "form" in actionData ? actionData.form : undefined;
  const errorFor = (form: FormName) =>
    actionData && "formError" in actionData && formOf === form ? actionData : undefined;
  const doneFor = (form: FormName) =>
    actionData && "done" in actionData && formOf === form ? actionData.done : undefined;
  const errors = errorFor("publish");
  const done = doneFor("publish");
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
      <ReleaseDraftChanges draft={draft} />
      <SignOffPanel
        signOff={signOff}
        busy={busy}
        errorFor={(form) => errorFor(form)?.formError}
        doneFor={doneFor}
      />
      {canPublish && (
        <section className="card" aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish a new release</h2>
          <p>
            {countOf(
              agreedSections,
              "section is agreed and will be published.",
              "sections are agreed and will be published.",
            )}{" "}
            Sections in draft or in review are left out.
          </p>
          {!signOff.met && (
            <p className="notice notice-warning">
              The sign-off rule is not met yet ({signOff.ruleName.toLowerCase()}), so this release
              cannot be published.
            </p>
          )}
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
                <th scope="col">Who shaped it</th>
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
                  <td>
                    <Link to={`/p/${params.slug}/toolbox/releases/${release.version}/who-shaped`}>
                      Who shaped release {release.version}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
