// The record of a session: agenda as run, attendance by stakeholder group, the board, vote
// results and outputs (actions tracked here afterwards), with Markdown and CSV downloads. PDF is
// the browser's own "Save as PDF" from its print dialogue, with the print stylesheet.
import { Link } from "react-router";
import { OUTPUT_STATUSES } from "@coproduce/shared/vocabulary";
import type { Route } from "./+types/academy-record";
import { attempt, load } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { formatDate } from "@coproduce/shared/labels";
import { formatSessionTimes, formatTime, outputKindLabel } from "../../../lib/academy-format";
import { ActionButton } from "../../../components/ActionButton";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `Record: ${data?.title ?? "Session"} – Change Academy – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  return load(request, () =>
    context.trpc.academy.record({ programmeSlug: params.slug, sessionId: params.sessionId }),
  );
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const result = await attempt(() =>
    context.trpc.academy.setOutputStatus({
      programmeSlug: params.slug,
      sessionId: params.sessionId,
      outputId: field(form, "outputId"),
      status: choiceField(form, "status", OUTPUT_STATUSES, "Choose open or done."),
    }),
  );
  if (!result.ok) return result.response;
  return { done: "Action updated." };
}

export default function AcademyRecord({ loaderData, actionData, params }: Route.ComponentProps) {
  const record = loaderData;
  const errors = actionData && "formError" in actionData ? actionData : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const base = `/p/${params.slug}/academy/${params.sessionId}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb no-print">
        <Link to={`/p/${params.slug}/academy`}>Change Academy</Link> ›{" "}
        <Link to={base}>{record.title}</Link> › Record
      </nav>
      <h1>Record: {record.title}</h1>
      <p className="meta">
        {formatSessionTimes(record.startsAt, record.endsAt)}, {record.place}.{" "}
        {record.endedAt ? "Ended." : "Not ended yet."}
      </p>
      <p className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a className="button button-secondary" href={`${base}/export/record.md`} download>
          Download the record (Markdown)
        </a>
        <a className="button button-secondary" href={`${base}/export/outputs.csv`} download>
          Download the outputs (CSV)
        </a>
      </p>

      <h2>Agenda as run</h2>
      <ol className="agenda">
        {record.agenda.map((a, i) => (
          <li key={i}>
            {formatTime(a.plannedStart)} {a.title} ({a.durationMinutes} min):{" "}
            {a.startedAt ? `started ${formatTime(a.startedAt)}` : "not run"}
          </li>
        ))}
      </ol>

      <h2>Attendance</h2>
      <p>{countOf(record.attendance.total, "person", "people")} took part.</p>
      {record.attendance.byGroup.length > 0 && (
        <div
          className="table-scroll"
          role="region"
          aria-label="Attendance by stakeholder group"
          tabIndex={0}
        >
          <table>
            <caption>Attendance by stakeholder group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {record.attendance.byGroup.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  <td>{g.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Board</h2>
      {record.board.length === 0 && <p>No notes.</p>}
      {record.board.map((group) => (
        <section key={group.title} aria-label={`Board group: ${group.title}`}>
          <h3>{group.title}</h3>
          <ul>
            {group.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      ))}

      <h2>Vote results</h2>
      {record.voteRounds.length === 0 && <p>No votes were held.</p>}
      {record.voteRounds.map((round) => (
        <section key={round.number} aria-label={`Voting round ${round.number}`}>
          <h3>
            Round {round.number} ({round.budget} votes each)
          </h3>
          {round.revealed ? (
            <ol>
              {round.results.map((r, i) => (
                <li key={i}>
                  {r.note}: {countOf(r.votes, "vote", "votes")}
                </li>
              ))}
            </ol>
          ) : (
            <p>Results were not revealed.</p>
          )}
        </section>
      ))}

      <h2>Outputs</h2>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={errors?.formError} />
      {record.outputs.length === 0 && <p>No outputs recorded.</p>}
      <ul className="plain-list">
        {record.outputs.map((o) => (
          <li key={o.id} className="row-item">
            <div>
              <strong>
                {outputKindLabel(o.kind)}: {o.title}
              </strong>
              <p className="meta">
                {o.kind === "action" &&
                  `Owner: ${o.ownerName ?? "not set"}. Due: ${formatDate(o.dueDate)}. ${o.status === "done" ? "Done." : "Open."} `}
                {o.sectionId && (
                  <>
                    Toolkit:{" "}
                    <Link to={`/p/${params.slug}/toolbox/${o.sectionId}`}>{o.sectionTitle}</Link>
                    .{" "}
                  </>
                )}
                {o.partnershipName && `Partnership: ${o.partnershipName}.`}
              </p>
            </div>
            {record.canFacilitate && o.kind === "action" && (
              <ActionButton
                fields={{ outputId: o.id, status: o.status === "done" ? "open" : "done" }}
                className="button button-secondary no-print"
                label={`${o.status === "done" ? "Reopen" : "Mark done"}: ${o.title}`}
              >
                {o.status === "done" ? "Reopen" : "Mark done"}
              </ActionButton>
            )}
          </li>
        ))}
      </ul>

      <h2>Evaluation</h2>
      <p>
        {record.evaluation.count === 0
          ? "No evaluations yet."
          : `${countOf(record.evaluation.count, "evaluation", "evaluations")}, average rating ${record.evaluation.averageRating?.toFixed(1)} out of 5.`}
      </p>
      {record.evaluation.comments.length > 0 && (
        <ul>
          {record.evaluation.comments.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
    </>
  );
}
