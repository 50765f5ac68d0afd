// Change Academy: the programme's workshops, upcoming and past, and (for facilitators) a form to
// plan a new one from a template.
import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/academy";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { choiceField } from "../../../lib/form";
import { SESSION_TEMPLATE_KEYS } from "@coproduce/api";
import { formatSessionTimes } from "../../../lib/academy-format";
import { sessionDetailsFromForm } from "../../../lib/academy-details-form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { SessionDetailsFields } from "../../../components/academy/SessionDetailsFields";
import { SelectField } from "../../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Change Academy – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () => context.trpc.academy.list({ programmeSlug: params.slug }));
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.academy.create({
      programmeSlug: params.slug,
      ...sessionDetailsFromForm(form),
      anonymousNotes: form.get("anonymousNotes") === "on",
      template: choiceField(
        form,
        "template",
        SESSION_TEMPLATE_KEYS,
        "Choose a template from the list.",
      ),
    }),
  );
  if (!result.ok) return result.response;
  throw redirect(`/p/${params.slug}/academy/${result.value.id}`);
}

type SessionRow = Route.ComponentProps["loaderData"]["upcoming"][number];

function SessionList({ sessions, slug }: { sessions: SessionRow[]; slug: string }) {
  return (
    <ul className="plain-list">
      {sessions.map((s) => (
        <li key={s.id} className="row-item">
          <div>
            <Link to={`/p/${slug}/academy/${s.id}`}>{s.title}</Link>
            <p className="meta">
              {formatSessionTimes(s.startsAt, s.endsAt)}, {s.place || "place to be confirmed"}.{" "}
              {s._count.attendances} attending, {s._count.outputs} outputs.
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

export default function Academy({ loaderData, actionData, params }: Route.ComponentProps) {
  const { upcoming, past, canFacilitate, templates } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const fieldErrors = errors?.fieldErrors ?? {};
  return (
    <>
      <h1>Change Academy</h1>
      <p className="lead">
        Workshops where teams, service users and carers invent new ways of working together.
      </p>
      <p>
        Service users and carers join without an account at <Link to="/join">/join</Link> with the
        session code.
      </p>
      <h2>Upcoming sessions</h2>
      {upcoming.length ? (
        <SessionList sessions={upcoming} slug={params.slug} />
      ) : (
        <p className="card empty-state">No sessions planned yet.</p>
      )}
      <h2>Past sessions</h2>
      {past.length ? (
        <SessionList sessions={past} slug={params.slug} />
      ) : (
        <p className="card empty-state">Past sessions and their records will be listed here.</p>
      )}
      {canFacilitate && (
        <details className="card" open={Boolean(errors)}>
          <summary>Plan a session</summary>
          <ErrorSummary message={errors?.formError} />
          <Form method="post" noValidate>
            <SessionDetailsFields fieldErrors={fieldErrors} />
            <SelectField
              label="Template"
              name="template"
              defaultValue="ebcd"
              options={templates.map((t) => ({ value: t.key, label: t.label }))}
            />
            <div className="checkbox">
              <input id="anonymousNotes" name="anonymousNotes" type="checkbox" />
              <label htmlFor="anonymousNotes">Hide who wrote each note on the board</label>
            </div>
            <button type="submit" className="button" disabled={busy}>
              Plan session
            </button>
          </Form>
        </details>
      )}
    </>
  );
}
