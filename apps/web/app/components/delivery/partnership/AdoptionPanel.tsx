// The partnership's column of the adoption matrix: how far through the toolkit it is, with a
// form per section for those who may edit.
import { Form, Link } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { ADOPTION_STATUS_LABELS, ADOPTION_STATUSES } from "@coproduce/shared/vocabulary";
import { ErrorSummary } from "../../ErrorSummary";
import { FormField } from "../../FormField";
import { SelectField } from "../../SelectField";
import { TextAreaField } from "../../TextAreaField";
import { AdoptionBadge } from "../AdoptionBadge";
import { formatDay } from "../ChartFigure";
import type { ErrorsFor } from "./panel-errors";

type Adoption = CallerOutputs["adoption"]["forPartnership"];

export function AdoptionPanel({
  name,
  base,
  sections,
  cells,
  canEdit,
  errorsFor,
  localVersions = {},
}: {
  /** The address of the partnership's local version of a section, by section id. */
  localVersions?: Record<string, string>;
  name: string;
  base: string;
  sections: Adoption["sections"];
  cells: Adoption["cells"];
  canEdit: boolean;
  errorsFor: ErrorsFor;
}) {
  // One cell per section: look them up by section instead of searching the list for each.
  const cellBySection = new Map(cells.map((c) => [c.sectionId, c]));
  const taken = cells.filter((c) => c.status === "adopted" || c.status === "adapted").length;
  return (
    <>
      <h2 id="adoption">Adoption of the toolkit</h2>
      <p>
        {taken} of {sections.length} sections adopted or adapted.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="adoption" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            How far {name} has adopted each toolkit section
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
              const cell = cellBySection.get(s.id);
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
                    {cell?.status === "adapted" && localVersions[s.id] && (
                      <p>
                        <Link to={localVersions[s.id]!}>Read the local version</Link>
                      </p>
                    )}
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
                    {canEdit && (
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
    </>
  );
}
