// The partnership's benefit measures as SPC charts, and the forms to add a measure and record
// a value.
import { Form } from "react-router";
import { BENEFIT_DIRECTION_LABELS, BENEFIT_DIRECTIONS } from "@coproduce/shared/vocabulary";
import type { CallerOutputs } from "@coproduce/api";
import { labelIn } from "@coproduce/shared/labels";
import { ErrorSummary } from "../../ErrorSummary";
import { FormField } from "../../FormField";
import { SelectField } from "../../SelectField";
import { formatDay, formatValue } from "../ChartFigure";
import { ASSURANCE_TEXT, SpcChart, VARIATION_TEXT } from "../SpcChart";
import type { ErrorsFor } from "./panel-errors";

type Measure = CallerOutputs["benefits"]["forPartnership"][number];

export function BenefitsPanel({
  measures,
  canEdit,
  errorsFor,
}: {
  measures: Measure[];
  canEdit: boolean;
  errorsFor: ErrorsFor;
}) {
  return (
    <>
      <h2>Benefits</h2>
      {measures.length === 0 && <p>No measures yet.</p>}
      {measures.map((m) => (
        <section key={m.id} aria-label={m.name}>
          <h3>{m.name}</h3>
          <p className="meta">
            {labelIn(BENEFIT_DIRECTION_LABELS, m.direction)}. Baseline {formatValue(m.baseline)}
            {m.target !== null && `, target ${formatValue(m.target)} by ${formatDay(m.targetDate)}`}
            . <strong>{VARIATION_TEXT[m.spc.variation]}.</strong>{" "}
            <strong>{ASSURANCE_TEXT[m.spc.assurance]}.</strong>
          </p>
          {m.actuals.length > 0 ? (
            <SpcChart name={m.name} unit={m.unit} spc={m.spc} />
          ) : (
            <p>No values yet.</p>
          )}
        </section>
      ))}
      {canEdit && (
        <>
          {measures.length > 0 && (
            <section aria-labelledby="record-value">
              <h3 id="record-value">Record a value</h3>
              <ErrorSummary message={errorsFor("recordActual:")?.formError} />
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="recordActual" />
                <SelectField
                  label="Measure"
                  name="measureId"
                  options={measures.map((m) => ({ value: m.id, label: `${m.name} (${m.unit})` }))}
                />
                <FormField
                  label="Month or date"
                  name="date"
                  type="date"
                  error={errorsFor("recordActual:")?.fieldErrors?.date}
                />
                <FormField
                  label="Value"
                  name="value"
                  inputMode="decimal"
                  error={errorsFor("recordActual:")?.fieldErrors?.value}
                />
                <button type="submit" className="button">
                  Record value
                </button>
              </Form>
            </section>
          )}
          <details open={Boolean(errorsFor("createMeasure:"))}>
            <summary>Add a measure</summary>
            <ErrorSummary message={errorsFor("createMeasure:")?.formError} />
            <Form method="post">
              <input type="hidden" name="intent" value="createMeasure" />
              <FormField
                label="Measure name"
                name="name"
                error={errorsFor("createMeasure:")?.fieldErrors?.name}
              />
              <FormField
                label="Unit"
                name="unit"
                hint="For example, per 1,000 per month, or %"
                error={errorsFor("createMeasure:")?.fieldErrors?.unit}
              />
              <SelectField
                label="Which way is good"
                name="direction"
                options={BENEFIT_DIRECTIONS.map((d) => ({
                  value: d,
                  label: BENEFIT_DIRECTION_LABELS[d],
                }))}
              />
              <FormField
                label="Baseline"
                name="baseline"
                inputMode="decimal"
                error={errorsFor("createMeasure:")?.fieldErrors?.baseline}
              />
              <FormField
                label="Target (optional)"
                name="target"
                inputMode="decimal"
                error={errorsFor("createMeasure:")?.fieldErrors?.target}
              />
              <FormField
                label="Target date (optional)"
                name="targetDate"
                type="date"
                error={errorsFor("createMeasure:")?.fieldErrors?.targetDate}
              />
              <button type="submit" className="button">
                Add measure
              </button>
            </Form>
          </details>
        </>
      )}
    </>
  );
}
