// The partnership's milestones with their slippage, and the forms to add and update them.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { MILESTONE_STATUS_LABELS, MILESTONE_STATUSES } from "@coproduce/shared/vocabulary";
import { labelIn } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../ErrorSummary";
import { FormField } from "../../FormField";
import { SelectField } from "../../SelectField";
import { formatDay } from "../ChartFigure";
import type { ErrorsFor, PanelResult } from "./panel-errors";

type Milestone = CallerOutputs["milestones"]["list"][number];

export function MilestonesPanel({
  name,
  milestones,
  canEdit,
  errorsFor,
}: {
  name: string;
  milestones: Milestone[];
  canEdit: boolean;
  errorsFor: ErrorsFor;
}) {
  return (
    <>
      <h2 id="milestones">Milestones</h2>
      {milestones.length === 0 ? (
        <p>No milestones yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="milestones" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Milestones of {name}</caption>
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Owner</th>
                <th scope="col">Status</th>
                <th scope="col">Original plan</th>
                <th scope="col">Forecast</th>
                <th scope="col">Actual</th>
                <th scope="col">Slippage</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  <td>{m.owner || "Not set"}</td>
                  <td>{labelIn(MILESTONE_STATUS_LABELS, m.status) ?? m.status}</td>
                  <td>{formatDay(m.plannedDate)}</td>
                  <td>{m.forecastDate ? formatDay(m.forecastDate) : "–"}</td>
                  <td>{m.actualDate ? formatDay(m.actualDate) : "–"}</td>
                  <td className={m.slippageDays > 0 ? "slipped" : undefined}>{m.slippage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <>
          {milestones.map((m) => {
            const errors = errorsFor(`updateMilestone:${m.id}`);
            return (
              <details key={m.id} open={Boolean(errors)}>
                <summary>Update “{m.title}”</summary>
                <MilestoneForm
                  intent="updateMilestone"
                  milestone={m}
                  errors={errors}
                  submitLabel={`Save “${m.title}”`}
                />
              </details>
            );
          })}
          <details open={Boolean(errorsFor("createMilestone:"))}>
            <summary>Add a milestone</summary>
            <MilestoneForm
              intent="createMilestone"
              errors={errorsFor("createMilestone:")}
              submitLabel="Add milestone"
            />
          </details>
        </>
      )}
    </>
  );
}

function MilestoneForm({
  intent,
  milestone,
  errors,
  submitLabel,
}: {
  intent: string;
  milestone?: {
    id: string;
    title: string;
    owner: string;
    status: string;
    plannedDate: Date | string;
    forecastDate: Date | string | null;
    actualDate: Date | string | null;
  };
  errors?: PanelResult;
  submitLabel: string;
}) {
  const iso = (d: Date | string | null | undefined) =>
    d ? new Date(d).toISOString().slice(0, 10) : "";
  return (
    <Form method="post">
      <ErrorSummary message={errors?.formError} />
      <input type="hidden" name="intent" value={intent} />
      {milestone && <input type="hidden" name="milestoneId" value={milestone.id} />}
      <FormField
        label="Milestone"
        name="title"
        defaultValue={milestone?.title}
        error={errors?.fieldErrors?.title}
      />
      <FormField
        label="Owner"
        name="owner"
        defaultValue={milestone?.owner}
        error={errors?.fieldErrors?.owner}
      />
      <SelectField
        label="Milestone status"
        name="status"
        defaultValue={milestone?.status}
        options={MILESTONE_STATUSES.map((s) => ({ value: s, label: MILESTONE_STATUS_LABELS[s] }))}
      />
      {milestone ? (
        <>
          <p>Original plan: {formatDay(milestone.plannedDate)} (the baseline does not change)</p>
          <input type="hidden" name="plannedDate" value={iso(milestone.plannedDate)} />
        </>
      ) : (
        <FormField
          label="Planned date"
          name="plannedDate"
          type="date"
          error={errors?.fieldErrors?.plannedDate}
        />
      )}
      <FormField
        label="Forecast date"
        name="forecastDate"
        type="date"
        defaultValue={iso(milestone?.forecastDate)}
        error={errors?.fieldErrors?.forecastDate}
      />
      <FormField
        label="Actual date"
        name="actualDate"
        type="date"
        defaultValue={iso(milestone?.actualDate)}
        error={errors?.fieldErrors?.actualDate}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}
