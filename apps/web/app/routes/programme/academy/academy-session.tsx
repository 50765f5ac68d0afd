// One session's plan: details, how to join (code, link and QR code) and the agenda builder.
// Facilitators change the details until the session ends, and add, reorder (buttons or drag and
// drop, see AgendaList) and remove activities; start times follow from the durations before each
// one. Times are UK time.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { ACTIVITY_KINDS } from "@coproduce/shared/vocabulary";
import { joinQrSvg } from "@coproduce/api";
import type { Route } from "./+types/academy-session";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { activityKindLabel, formatSessionTimes } from "../../../lib/academy-format";
import { sessionDetailsFromForm } from "../../../lib/academy-details-form";
import { AgendaList } from "../../../components/academy/AgendaList";
import { SessionDetailsFields } from "../../../components/academy/SessionDetailsFields";
import { ActionButton } from "../../../components/ActionButton";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";
import { TextAreaField } from "../../../components/TextAreaField";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.session.title ?? "Session"} – Change Academy – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const session = await load(request, () =>
    context.trpc.academy.session({ programmeSlug: params.slug, sessionId: params.sessionId }),
  );
  const joinUrl = `${new URL(request.url).origin}/join/${session.joinCode}`;
  // The server refuses changes after the end too; this only decides whether to offer the form.
  const ended = Boolean(session.endedAt) || new Date(session.endsAt) <= new Date();
  return { session, ended, joinUrl, qrSvg: await joinQrSvg(joinUrl) };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const ids = { programmeSlug: params.slug, sessionId: params.sessionId };
  const intent = field(form, "intent");
  const activityId = field(form, "activityId");
  const result = await attempt(async () => {
    switch (intent) {
      case "join":
        await context.trpc.academy.join(ids);
        throw redirect(`/p/${params.slug}/academy/${params.sessionId}/live`);
      case "add-activity":
        return context.trpc.academy.addActivity({
          ...ids,
          activity: {
            kind: choiceField(form, "kind", ACTIVITY_KINDS, "Choose a kind of activity.", [
              "activity",
              "kind",
            ]),
            title: field(form, "title"),
            durationMinutes: field(form, "durationMinutes"),
            goals: field(form, "goals"),
            materials: field(form, "materials"),
            instructions: field(form, "instructions"),
          },
        });
      case "update":
        return context.trpc.academy.update({ ...ids, ...sessionDetailsFromForm(form) });
      case "move-to":
        return context.trpc.academy.moveActivity({
          ...ids,
          activityId,
          toIndex: field(form, "toIndex"),
        });
      case "move-up":
      case "move-down":
        return context.trpc.academy.moveActivity({
          ...ids,
          activityId,
          direction: intent === "move-up" ? "up" : "down",
        });
      case "remove":
        return context.trpc.academy.removeActivity({ ...ids, activityId });
      default:
        return null;
    }
  });
  // Say which form failed, so its errors show beside that form.
  if (!result.ok)
    return data({ ...result.response.data, intent }, result.response.init ?? undefined);
  const done: Record<string, string> = {
    "add-activity": "Activity added.",
    update: "Details saved.",
  };
  return { done: done[intent] ?? "Agenda saved.", intent };
}

export default function AcademySession({ loaderData, actionData, params }: Route.ComponentProps) {
  const { session, ended, joinUrl, qrSvg } = loaderData;
  const busy = useNavigation().state !== "idle";
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const detailsErrors = errors?.intent === "update" ? errors : undefined;
  const agendaErrors = errors?.intent !== "update" ? errors : undefined;
  const fieldErrors = agendaErrors?.fieldErrors ?? {};
  const base = `/p/${params.slug}/academy/${session.id}`;
  const total = session.activities.reduce((sum, a) => sum + a.durationMinutes, 0);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/p/${params.slug}/academy`}>Change Academy</Link> › {session.title}
      </nav>
      <h1>{session.title}</h1>
      {session.purpose && <p className="lead">{session.purpose}</p>}
      <dl className="answers">
        <div>
          <dt>When</dt>
          <dd>{formatSessionTimes(session.startsAt, session.endsAt)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {session.place || "To be confirmed"}
            {session.onlineLink && (
              <>
                {" "}
                (<a href={session.onlineLink}>online link</a>)
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Facilitators</dt>
          <dd>{session.facilitators || "Not set"}</dd>
        </div>
        <div>
          <dt>Invited</dt>
          <dd className="preserve-lines">{session.invited || "Not set"}</dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd>
            {session.attending} attending
            {session.capacity ? ` of ${session.capacity}` : ""}
          </dd>
        </div>
      </dl>
      {actionData?.intent === "update" && done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {session.canFacilitate &&
        (ended ? (
          <p className="meta">This session has ended, so its details can no longer be changed.</p>
        ) : (
          <details className="card" open={Boolean(detailsErrors)}>
            <summary>Change the details</summary>
            <ErrorSummary message={detailsErrors?.formError} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="update" />
              <SessionDetailsFields
                values={session}
                fieldErrors={detailsErrors?.fieldErrors ?? {}}
              />
              <button type="submit" className="button" disabled={busy}>
                Save details
              </button>
            </Form>
          </details>
        ))}
      <div className="button-row">
        {session.joined || session.endedAt ? (
          <Link className="button" to={`${base}/live`}>
            {session.canFacilitate ? "Run the session" : "Open the session"}
          </Link>
        ) : (
          <ActionButton fields={{ intent: "join" }} className="button">
            Join the session
          </ActionButton>
        )}
        {session.canFacilitate && !session.joined && (
          <Link className="button button-secondary" to={`${base}/live`}>
            Run the session
          </Link>
        )}
        <Link className="button button-secondary" to={`${base}/record`}>
          Session record
        </Link>
      </div>
      <section className="card join-card" aria-labelledby="join-heading">
        <h2 id="join-heading">How guests join</h2>
        <p>
          Code: <strong className="join-code">{session.joinCode}</strong>
        </p>
        <p>
          Link: <a href={joinUrl}>{joinUrl}</a>
        </p>
        <div
          className="join-qr"
          role="img"
          aria-label={`QR code for ${joinUrl}`}
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
      </section>
      <h2>Agenda</h2>
      <p className="meta">{total} minutes in all.</p>
      {done && actionData?.intent !== "update" && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={agendaErrors?.formError} />
      {session.activities.length === 0 ? (
        <p className="card empty-state">No activities yet.</p>
      ) : (
        <AgendaList
          activities={session.activities}
          startsAt={session.startsAt}
          canFacilitate={session.canFacilitate}
          busy={busy}
        />
      )}
      {session.canFacilitate && (
        <details className="card" open={Boolean(agendaErrors?.intent === "add-activity")}>
          <summary>Add an activity</summary>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="add-activity" />
            <SelectField
              label="Kind"
              name="kind"
              options={ACTIVITY_KINDS.map((k) => ({ value: k, label: activityKindLabel(k) }))}
            />
            <FormField label="Title" name="title" maxLength={120} error={fieldErrors.title} />
            <FormField
              label="Duration in minutes"
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              error={fieldErrors.durationMinutes}
            />
            <TextAreaField label="Goals" name="goals" rows={2} />
            <TextAreaField label="Materials" name="materials" rows={2} />
            <TextAreaField label="Instructions" name="instructions" rows={2} />
            <button type="submit" className="button" disabled={busy}>
              Add activity
            </button>
          </Form>
        </details>
      )}
    </>
  );
}
