// A partnership's details, the form to edit them, and (for admins) who may edit it.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { careModelLabel, formatNumber, partnershipStatusLabel } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../ErrorSummary";
import { SelectField } from "../../SelectField";
import { formatDay } from "../ChartFigure";
import { PartnershipForm } from "../PartnershipForm";
import type { ErrorsFor } from "./panel-errors";

type Partnership = CallerOutputs["partnerships"]["get"];
type Options = CallerOutputs["partnerships"]["formOptions"];

export function PartnershipDetails({
  partnership: p,
  options,
  errorsFor,
}: {
  partnership: Partnership;
  options: Options | null;
  errorsFor: ErrorsFor;
}) {
  return (
    <>
      {p.description && <p className="lead">{p.description}</p>}
      <dl className="details-list">
        <dt>Place</dt>
        <dd>{p.place.name}</dd>
        <dt>Care model</dt>
        <dd>{careModelLabel(p.careModelType)}</dd>
        <dt>Status</dt>
        <dd>{partnershipStatusLabel(p.status)}</dd>
        <dt>Population cohort</dt>
        <dd>
          {p.cohort || "Not given yet"}
          {p.cohortSize !== null && `, ${formatNumber(p.cohortSize)} people`}
        </dd>
        <dt>Go-live</dt>
        <dd>
          Planned {formatDay(p.plannedGoLive)};{" "}
          {p.actualGoLive ? `live since ${formatDay(p.actualGoLive)}` : "not live yet"}
        </dd>
        <dt>Lead organisation</dt>
        <dd>{p.leadOrganisation?.name ?? "None yet"}</dd>
        <dt>Member organisations</dt>
        <dd>{p.organisations.map((o) => o.name).join(", ") || "None yet"}</dd>
        <dt>Contacts</dt>
        <dd className="pre-line">{p.contacts || "None given"}</dd>
        <dt>People who can edit</dt>
        <dd>{p.members.map((m) => m.name).join(", ") || "Admins only"}</dd>
      </dl>

      {p.canEdit && options && (
        <details>
          <summary>Edit partnership details</summary>
          <ErrorSummary message={errorsFor("update:")?.formError} />
          <PartnershipForm
            intent="update"
            submitLabel="Save details"
            options={options}
            values={{
              ...p,
              organisationIds: p.organisations.map((o) => o.id),
            }}
            fieldErrors={errorsFor("update:")?.fieldErrors}
          />
        </details>
      )}
      {p.canManage && options && (
        <details>
          <summary>Choose who can edit this partnership</summary>
          <ErrorSummary message={errorsFor("addMember:")?.formError} />
          <ul className="plain-list">
            {p.members.map((m) => (
              <li key={m.id}>
                <Form method="post" className="role-form">
                  <input type="hidden" name="intent" value="removeMember" />
                  <input type="hidden" name="userId" value={m.id} />
                  {m.name}
                  <button type="submit" className="button button-secondary">
                    Remove <span className="visually-hidden">{m.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="addMember" />
            <SelectField
              label="Person"
              name="userId"
              options={options.people.map((m) => ({ value: m.user.id, label: m.user.name }))}
            />
            <button type="submit" className="button">
              Add member
            </button>
          </Form>
        </details>
      )}
    </>
  );
}
