// The check of an import file before anything is saved: every problem named by row, record
// and column; the places the file names that do not exist yet (an admin may tick to add them);
// and the button to import once every row is ready.
import { Form } from "react-router";
import type { CallerOutputs } from "@coproduce/api";
import { countOf } from "@coproduce/shared/count-of";

type Preview = CallerOutputs["deliveryCsv"]["preview"];

/** Enough problems to fix a file by; the table below still shows every row. */
const LISTED_PROBLEMS = 100;

export function ImportPreview({
  preview,
  kind,
  csv,
  createMissingPlaces,
  canAddPlaces,
}: {
  preview: Preview;
  kind: string;
  csv: string;
  createMissingPlaces: boolean;
  canAddPlaces: boolean;
}) {
  const failed = preview.rows.filter((r) => r.errors.length > 0);
  const ready = preview.fileErrors.length === 0 && failed.length === 0;
  const problems = failed.flatMap((r) =>
    r.errors.map((e) => `Row ${r.line}${r.name ? ` (${r.name})` : ""}, ${e}`),
  );
  const places = preview.missingPlaces;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Check before importing</h2>
      {preview.fileErrors.length > 0 && (
        <div className="error-summary" role="alert">
          <ul>
            {preview.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {failed.length > 0 && (
        <div className="error-summary" role="alert">
          <p>
            {countOf(failed.length, "row has", "rows have")} errors. Nothing has been imported. Fix
            the file and check it again.
          </p>
          <ul className="import-problems">
            {problems.slice(0, LISTED_PROBLEMS).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {problems.length > LISTED_PROBLEMS && (
            <p>And {problems.length - LISTED_PROBLEMS} more: see the table below.</p>
          )}
        </div>
      )}
      {kind === "partnerships" && places.length > 0 && canAddPlaces && (
        // Multipart, like the upload: the CSV goes as it is, not percent-encoded.
        <Form method="post" encType="multipart/form-data" className="missing-places">
          <input type="hidden" name="intent" value="preview" />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="csv" value={csv} />
          <h3>{countOf(places.length, "place does not exist yet", "places do not exist yet")}</h3>
          <p>{places.join(", ")}.</p>
          <div className="checkbox">
            <input
              type="checkbox"
              id="create-missing-places"
              name="createMissingPlaces"
              defaultChecked={createMissingPlaces}
            />
            <label htmlFor="create-missing-places">
              Add the places that do not exist yet. They start at the top level; you can nest them
              on the Places page.
            </label>
          </div>
          <button type="submit" className="button button-secondary">
            Check again
          </button>
        </Form>
      )}
      {preview.rows.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Rows in the file" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Rows in the file</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Record</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row">{r.line}</th>
                  <td>{r.summary || r.name || "No name"}</td>
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
        <Form method="post" encType="multipart/form-data">
          <input type="hidden" name="intent" value="import" />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="csv" value={csv} />
          {createMissingPlaces && <input type="hidden" name="createMissingPlaces" value="on" />}
          <p>
            {preview.rows.length === 1 ? "The row is" : `All ${preview.rows.length} rows are`}{" "}
            ready.
          </p>
          <button type="submit" className="button">
            Import {countOf(preview.rows.length, "row", "rows")}
          </button>
        </Form>
      )}
    </section>
  );
}
