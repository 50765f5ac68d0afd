// The fields of a partnership, for adding one and for editing it.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import {
  CARE_MODEL_LABELS,
  CARE_MODEL_TYPES,
  PARTNERSHIP_STATUSES,
} from "@coproduce/shared/vocabulary";
import { FormField } from "../FormField";
import { SelectField } from "../SelectField";
import { TextAreaField } from "../TextAreaField";
import { partnershipStatusLabel } from "@coproduce/shared/labels";
import { choiceField } from "../../lib/form";

/** The form starts from the partnership as partnerships.get gives it, its organisations as ids. */
type Values = Pick<
  CallerOutputs["partnerships"]["get"],
  | "name"
  | "placeId"
  | "leadOrganisationId"
  | "cohort"
  | "cohortSize"
  | "careModelType"
  | "status"
  | "plannedGoLive"
  | "actualGoLive"
  | "description"
  | "contacts"
> & { organisationIds: string[] };

const isoDate = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");

export function PartnershipForm({
  intent,
  submitLabel,
  options,
  values,
  fieldErrors = {},
}: {
  intent: string;
  submitLabel: string;
  options: CallerOutputs["partnerships"]["formOptions"];
  values?: Values;
  fieldErrors?: Record<string, string | undefined>;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <FormField
        label="Name"
        name="name"
        defaultValue={values?.name}
        error={fieldErrors.name}
        required
      />
      <SelectField
        label="Place"
        name="placeId"
        defaultValue={values?.placeId}
        options={options.places.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        label="Lead organisation"
        name="leadOrganisationId"
        defaultValue={values?.leadOrganisationId ?? ""}
        options={[
          { value: "", label: "None yet" },
          ...options.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      {/* Checkboxes, not a multiple select: "hold Ctrl" cannot be done on a phone. */}
      <fieldset className="field" aria-describedby={`${intent}-organisations-hint`}>
        <legend>Member organisations</legend>
        <p className="hint" id={`${intent}-organisations-hint`}>
          Tick each one that takes part. The lead organisation is always a member.
        </p>
        <div className="checkbox-picker">
          {options.organisations.map((o) => (
            <div className="checkbox" key={o.id}>
              <input
                type="checkbox"
                id={`${intent}-organisation-${o.id}`}
                name="organisationIds"
                value={o.id}
                defaultChecked={values?.organisationIds.includes(o.id)}
              />
              <label htmlFor={`${intent}-organisation-${o.id}`}>{o.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <FormField
        label="Population cohort"
        name="cohort"
        hint="For example, people aged over 65"
        defaultValue={values?.cohort ?? "People aged over 65"}
        error={fieldErrors.cohort}
      />
      <FormField
        label="People in the cohort"
        name="cohortSize"
        inputMode="numeric"
        defaultValue={values?.cohortSize ?? ""}
        error={fieldErrors.cohortSize}
      />
      <SelectField
        label="Care model type"
        name="careModelType"
        defaultValue={values?.careModelType}
        options={CARE_MODEL_TYPES.map((t) => ({ value: t, label: CARE_MODEL_LABELS[t] }))}
      />
      <SelectField
        label="Status"
        name="status"
        defaultValue={values?.status}
        options={PARTNERSHIP_STATUSES.map((s) => ({ value: s, label: partnershipStatusLabel(s) }))}
      />
      <FormField
        label="Planned go-live"
        name="plannedGoLive"
        type="date"
        defaultValue={isoDate(values?.plannedGoLive ?? null)}
        error={fieldErrors.plannedGoLive}
      />
      <FormField
        label="Actual go-live"
        name="actualGoLive"
        type="date"
        defaultValue={isoDate(values?.actualGoLive ?? null)}
        error={fieldErrors.actualGoLive}
      />
      <TextAreaField
        label="Local delivery model"
        name="description"
        hint="A short description in plain words."
        defaultValue={values?.description}
        error={fieldErrors.description}
        rows={4}
      />
      <TextAreaField
        label="Contacts"
        name="contacts"
        hint="Names, roles and email addresses, one per line."
        defaultValue={values?.contacts}
        error={fieldErrors.contacts}
      />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </Form>
  );
}

/** Reads the partnership fields from a submitted form, for the tRPC input. */
export function partnershipFromForm(form: FormData) {
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  return {
    name: get("name"),
    placeId: get("placeId"),
    leadOrganisationId: get("leadOrganisationId"),
    organisationIds: form
      .getAll("organisationIds")
      .filter((v): v is string => typeof v === "string"),
    cohort: get("cohort"),
    cohortSize: get("cohortSize"),
    careModelType: choiceField(
      form,
      "careModelType",
      CARE_MODEL_TYPES,
      "Choose a care model type from the list.",
    ),
    status: choiceField(form, "status", PARTNERSHIP_STATUSES, "Choose a status from the list."),
    plannedGoLive: get("plannedGoLive"),
    actualGoLive: get("actualGoLive"),
    description: get("description"),
    contacts: get("contacts"),
  };
}
