// CSV export and import. Import shows a preview with each row's errors first; nothing is
// written unless every row is valid.
import { Form } from "react-router";
import type { Route } from "./+types/data";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { SelectField } from "../../../components/SelectField";

export const meta: Route.MetaFunction = () => [{ title: "Import and export – Coproduce" }];

const KINDS = [
  { value: "partnerships", label: "Partnerships" },
  { value: "milestones", label: "Milestones" },
  { value: "benefit_actuals", label: "Benefit actuals" },
  { value: "adoption", label: "Adoption matrix" },
] as const;
type Kind = (typeof KINDS)[number]["value"];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const abilities = await load(request, () =>
    context.trpc.partnerships.abilities({ programmeSlug: params.slug }),
  );
  return { canImport: abilities.canCreate || abilities.editable.length > 0 };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const kind = field(form, "kind") as Kind;
  const file = form.get("file");
  const csv =
    file && typeof file !== "string" && file.size > 0 ? await file.text() : field(form, "csv");
  const input = { programmeSlug: params.slug, kind, csv };
  if (field(form, "intent") === "preview") {
    const result = await attempt(() => context.trpc.deliveryCsv.preview(input));
    if (!result.ok) return result.response;
    return { preview: result.value, kind, csv };
  }
  if (field(form, "intent") === "import") {
    const result = await attempt(() => context.trpc.deliveryCsv.import(input));
    if (!result.ok) return result.response;
    return { done: `Imported ${result.value.imported} rows.` };
  }
  return formError("We did not understand that request.");
}

type ActionData = {
  formError?: string;
  done?: string;
  kind?: Kind;
  csv?: string;
  preview?: {
    fileErrors: string[];
    rows: { line: number; summary: string; errors: string[] }[];
  };
};

export default function Data({ loaderData, actionData, params }: Route.ComponentProps) {
  const result = actionData as ActionData | undefined;
  const preview = result?.preview;
  const failed = preview?.rows.filter((r) => r.errors.length > 0) ?? [];
  const ready = preview && preview.fileErrors.length === 0 && failed.length === 0;
  return (
    <>
      <h1>Import and export</h1>
      <h2>Export</h2>
      <ul>
        {KINDS.map((k) => (
          <li key={k.value}>
            <a href={`/p/${params.slug}/delivery-models/export/${k.value}`} download>
              {k.label} (CSV)
            </a>
          </li>
        ))}
      </ul>
      {loaderData.canImport ? (
        <>
          <h2>Import</h2>
          <p>
            Use the columns of an exported file. Rows update the record they name, or add a new one;
            nothing is deleted. You will see every row&apos;s problems before anything is saved.
          </p>
          {result?.done && (
            <p className="notice" role="status">
              {result.done}
            </p>
          )}
          <ErrorSummary message={result?.formError} />
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="preview" />
            <SelectField
              label="What the file contains"
              name="kind"
              options={[...KINDS]}
              defaultValue={result?.kind}
            />
            <div className="field">
              <label htmlFor="csv-file">CSV file</label>
              <input id="csv-file" name="file" type="file" accept=".csv,text/csv" />
            </div>
            <button type="submit" className="button">
              Check file
            </button>
          </Form>
          {preview && (
            <section aria-labelledby="preview-heading">
              <h2 id="preview-heading">Check before importing</h2>
              {preview.fileErrors.map((e) => (
                <ErrorSummary key={e} message={e} />
              ))}
              {failed.length > 0 && (
                <div className="error-summary" role="alert">
                  <p>
                    {failed.length === 1 ? "1 row has" : `${failed.length} rows have`} errors.
                    Nothing has been imported. Fix the file and check it again.
                  </p>
                </div>
              )}
              {preview.rows.length > 0 && (
                <div
                  className="table-scroll"
                  role="region"
                  aria-label="Rows in the file"
                  tabIndex={0}
                >
                  <table>
                    <caption className="visually-hidden">Rows in the file</caption>
                    <thead>
                      <tr>
                        <th scope="col">Line</th>
                        <th scope="col">Row</th>
                        <th scope="col">Problems</th>
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.map((r) => (
                        <tr key={r.line}>
                          <th scope="row">{r.line}</th>
                          <td>{r.summary || "–"}</td>
                          <td>
                            {r.errors.length ? (
                              <ul className="row-errors">
                                {r.errors.map((e) => (
                                  <li key={e}>{e}</li>
                                ))}
                              </ul>
                            ) : (
                              "OK"
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {ready && (
                // Multipart, like the upload: the CSV goes as it is, not percent-encoded (which
                // can make it several times larger than the body cap allows).
                <Form method="post" encType="multipart/form-data">
                  <input type="hidden" name="intent" value="import" />
                  <input type="hidden" name="kind" value={result?.kind} />
                  <input type="hidden" name="csv" value={result?.csv} />
                  <p>All {preview.rows.length} rows are ready.</p>
                  <button type="submit" className="button">
                    Import {preview.rows.length} rows
                  </button>
                </Form>
              )}
            </section>
          )}
        </>
      ) : (
        <p>Only members of a partnership and admins can import data.</p>
      )}
    </>
  );
}
