// One partnership: its delivery model, its column of the adoption matrix ("how far through the
// toolkit are we"), milestones with slippage, benefits as SPC charts, and readiness.
import { Form, Link } from "react-router";
import type { Route } from "./+types/partnership";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { choiceField, field } from "../../../lib/form";
import { careModelLabel, formatNumber, labelIn, partnershipStatusLabel } from "../../../lib/labels";
import {
  ADOPTION_STATUS_LABELS,
  ADOPTION_STATUSES,
  BENEFIT_DIRECTION_LABELS,
  BENEFIT_DIRECTIONS,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
} from "@coproduce/db/vocabulary";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { FormField } from "../../../components/FormField";
import { SelectField } from "../../../components/SelectField";
import { TextAreaField } from "../../../components/TextAreaField";
import { AdoptionBadge } from "../../../components/delivery/AdoptionBadge";
import { formatDay, formatValue } from "../../../components/delivery/ChartFigure";
import { ASSURANCE_TEXT, SpcChart, VARIATION_TEXT } from "../../../components/delivery/SpcChart";
import { ReadinessRadar } from "../../../components/delivery/ReadinessRadar";
import { PartnershipForm, partnershipFromForm } from "../../../components/delivery/PartnershipForm";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: `${data?.partnership.name ?? "Partnership"} – Coproduce` },
];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const input = { programmeSlug: params.slug, partnershipId: params.partnershipId };
  const partnership = await load(request, () => context.trpc.partnerships.get(input));
  const [adoption, milestones, measures, readiness, options] = await Promise.all([
    context.trpc.adoption.forPartnership(input),
    context.trpc.milestones.list(input),
    context.trpc.benefits.forPartnership(input),
    context.trpc.readiness.history(input),
    partnership.canEdit
      ? context.trpc.partnerships.formOptions({ programmeSlug: params.slug })
      : null,
  ]);
  return {
    partnership,
    sections: adoption.sections,
    cells: adoption.cells,
    milestones,
    measures,
    readiness,
    options,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const programmeSlug = params.slug;
  const partnershipId = params.partnershipId;
  const intent = field(form, "intent");
  const target = `${intent}:${field(form, "sectionId") || field(form, "milestoneId")}`;
  const run = async (mutation: () => Promise<unknown>, done: string) => {
    const result = await attempt(mutation);
    if (!result.ok) return { ...result.response.data, target };
    return { done, target };
  };
  const t = context.trpc;
  switch (intent) {
    case "update":
      return run(
        () => t.partnerships.update({ programmeSlug, partnershipId, ...partnershipFromForm(form) }),
        "Partnership details saved.",
      );
    case "addMember":
      return run(
        () =>
          t.partnerships.addMember({ programmeSlug, partnershipId, userId: field(form, "userId") }),
        "Member added.",
      );
    case "removeMember":
      return run(
        () =>
          t.partnerships.removeMember({
            programmeSlug,
            partnershipId,
            userId: field(form, "userId"),
          }),
        "Member removed.",
      );
    case "setCell":
      return run(
        () =>
          t.adoption.setCell({
            programmeSlug,
            partnershipId,
            sectionId: field(form, "sectionId"),
            status: choiceField(
              form,
              "status",
              ADOPTION_STATUSES,
              "Choose how far this section is adopted.",
            ),
            variation: field(form, "variation"),
            plannedFor: field(form, "plannedFor"),
            reason: field(form, "reason"),
            evidence: field(form, "evidence"),
          }),
        `Adoption of "${field(form, "sectionTitle")}" saved.`,
      );
    case "createMilestone":
    case "updateMilestone": {
      // Read inside run(), so a status outside the list is a message beside the field.
      const fields = () => ({
        programmeSlug,
        title: field(form, "title"),
        owner: field(form, "owner"),
        status: choiceField(form, "status", MILESTONE_STATUSES, "Choose a status from the list."),
        plannedDate: field(form, "plannedDate"),
        forecastDate: field(form, "forecastDate"),
        actualDate: field(form, "actualDate"),
      });
      return intent === "createMilestone"
        ? run(() => t.milestones.create({ ...fields(), partnershipId }), "Milestone added.")
        : run(
            () => t.milestones.update({ ...fields(), milestoneId: field(form, "milestoneId") }),
            "Milestone saved.",
          );
    }
    case "createMeasure":
      return run(
        () =>
          t.benefits.createMeasure({
            programmeSlug,
            partnershipId,
            name: field(form, "name"),
            unit: field(form, "unit"),
            direction: choiceField(
              form,
              "direction",
              BENEFIT_DIRECTIONS,
              "Choose which direction is good.",
            ),
            baseline: field(form, "baseline"),
            target: field(form, "target"),
            targetDate: field(form, "targetDate"),
          }),
        "Measure added.",
      );
    case "recordActual":
      return run(
        () =>
          t.benefits.recordActual({
            programmeSlug,
            measureId: field(form, "measureId"),
            date: field(form, "date"),
            value: field(form, "value"),
          }),
        "Value recorded.",
      );
  }
  return formError("We did not understand that request.");
}

type ActionData = {
  done?: string;
  target?: string;
  formError?: string;
  fieldErrors?: Record<string, string | undefined>;
};

export default function Partnership({ loaderData, actionData, params }: Route.ComponentProps) {
  const { partnership: p, sections, cells, milestones, measures, readiness, options } = loaderData;
  const result = actionData as ActionData | undefined;
  const errorsFor = (target: string) =>
    result?.target === target && result.formError ? result : undefined;
  const base = `/p/${params.slug}/delivery-models`;
  const taken = cells.filter((c) => c.status === "adopted" || c.status === "adapted").length;
  const [latest, previous] = readiness;

  return (
    <>
      <p className="breadcrumb">
        <Link to={base}>Delivery models</Link>
      </p>
      <h1>{p.name}</h1>
      {result?.done && (
        <p className="notice" role="status">
          {result.done}
        </p>
      )}
      {result?.target === "removeMember:" && result.formError && (
        <ErrorSummary message={result.formError} />
      )}
      <p className="lead">{p.description}</p>
      <dl className="details-list">
        <dt>Place</dt>
        <dd>{p.place.name}</dd>
        <dt>Care model</dt>
        <dd>{careModelLabel(p.careModelType)}</dd>
        <dt>Status</dt>
        <dd>{partnershipStatusLabel(p.status)}</dd>
        <dt>Population cohort</dt>
        <dd>
          {p.cohort}, {formatNumber(p.cohortSize)} people
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

      <h2 id="adoption">Adoption of the toolkit</h2>
      <p>
        {taken} of {sections.length} sections adopted or adapted.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="adoption" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            How far {p.name} has adopted each toolkit section
          </caption>
          <thead>
            <tr>
              <th scope="col">Toolkit section</th>
              <th scope="col">Status</th>
              <th scope="col">Detail and evidence</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => {
              const cell = cells.find((c) => c.sectionId === s.id);
              const errors = errorsFor(`setCell:${s.id}`);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`${base}/matrix?section=${s.id}`}>{s.title}</Link>
                  </th>
                  <td>
                    <AdoptionBadge status={cell?.status ?? "not_started"} />
                  </td>
                  <td>
                    {cell?.status === "adapted" && <p>Local variation: {cell.variation}</p>}
                    {cell?.status === "planned" && <p>Planned for {formatDay(cell.plannedFor)}</p>}
                    {cell?.status === "not_applicable" && <p>Why not: {cell.reason}</p>}
                    {cell?.evidence &&
                      cell.evidence.split("\n").map((link) => (
                        <p key={link}>
                          <a href={link} rel="noreferrer">
                            {link}
                          </a>
                        </p>
                      ))}
                    {cell && (
                      <p className="meta">
                        Changed by {cell.updatedBy?.name ?? "someone"} on{" "}
                        {formatDay(cell.updatedAt)}
                      </p>
                    )}
                    {p.canEdit && (
                      <details open={Boolean(errors)}>
                        <summary>
                          Change <span className="visually-hidden">adoption of {s.title}</span>
                        </summary>
                        <Form method="post" className="cell-form">
                          <ErrorSummary message={errors?.formError} />
                          <input type="hidden" name="intent" value="setCell" />
                          <input type="hidden" name="sectionId" value={s.id} />
                          <input type="hidden" name="sectionTitle" value={s.title} />
                          <SelectField
                            label={`Status of ${s.title}`}
                            name="status"
                            defaultValue={cell?.status ?? "not_started"}
                            options={ADOPTION_STATUSES.map((v) => ({
                              value: v,
                              label: ADOPTION_STATUS_LABELS[v],
                            }))}
                          />
                          <TextAreaField
                            label="Local variation (if adapted)"
                            name="variation"
                            defaultValue={cell?.variation}
                            error={errors?.fieldErrors?.variation}
                          />
                          <FormField
                            label="Planned for (if planned)"
                            name="plannedFor"
                            type="date"
                            defaultValue={
                              cell?.plannedFor
                                ? new Date(cell.plannedFor).toISOString().slice(0, 10)
                                : ""
                            }
                            error={errors?.fieldErrors?.plannedFor}
                          />
                          <TextAreaField
                            label="Why it does not apply (if not applicable)"
                            name="reason"
                            defaultValue={cell?.reason}
                            error={errors?.fieldErrors?.reason}
                          />
                          <TextAreaField
                            label="Evidence links"
                            name="evidence"
                            hint="One web address per line."
                            defaultValue={cell?.evidence}
                            error={errors?.fieldErrors?.evidence}
                          />
                          <button type="submit" className="button">
                            Save <span className="visually-hidden">adoption of {s.title}</span>
                          </button>
                        </Form>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 id="milestones">Milestones</h2>
      {milestones.length === 0 ? (
        <p>No milestones yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="milestones" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Milestones of {p.name}</caption>
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
      {p.canEdit && (
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
      {p.canEdit && (
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

      <h2>Readiness</h2>
      {latest ? (
        <>
          <ReadinessRadar name={p.name} latest={latest} previous={previous} />
          <div className="table-scroll" role="region" aria-label="Readiness history" tabIndex={0}>
            <table>
              <caption>History of readiness assessments</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Readiness</th>
                  <th scope="col">Mean score</th>
                  <th scope="col">Assessed by</th>
                </tr>
              </thead>
              <tbody>
                {readiness.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{formatDay(a.assessedOn)}</th>
                    <td>{a.percent}%</td>
                    <td>{a.mean} out of 5</td>
                    <td>{a.createdBy?.name ?? "Unknown"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>No readiness assessment yet.</p>
      )}
      {p.canEdit && (
        <p>
          <Link className="button" to={`${base}/${p.id}/readiness`}>
            Start a readiness assessment
          </Link>
        </p>
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
  errors?: ActionData;
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
