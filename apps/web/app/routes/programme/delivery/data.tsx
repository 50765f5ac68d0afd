// CSV export and import. Import shows a preview with each row's errors first; nothing is
// written unless every row is valid. The page lists every column of every kind of file, and
// offers an empty template for each.
import { Form } from "react-router";
import type { Route } from "./+types/data";
import { CSV_KINDS, CSV_KIND_LABELS, DATE_FORMATS_TEXT, IMPORT_COLUMNS } from "@coproduce/api";
import { attempt, formError, load } from "../../../lib/trpc-errors.server";
import { field, oneOf } from "../../../lib/form";
import { ErrorSummary } from "../../../components/ErrorSummary";
import { SelectField } from "../../../components/SelectField";
import { ImportColumns } from "../../../components/delivery/ImportColumns";
import { ImportPreview } from "../../../components/delivery/ImportPreview";
import { countOf } from "@coproduce/shared/count-of";

export const meta: Route.MetaFunction = () => [{ title: "Import and export – Coproduce" }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const abilities = await load(request, () =>
    context.trpc.partnerships.abilities({ programmeSlug: params.slug }),
  );
  return {
    canImport: abilities.canCreate || abilities.editable.length > 0,
    // Admins may add places (partnerships:manage and places:manage are both admin-only).
    canAddPlaces: abilities.canCreate,
    // From the server's lists (used only here, so no server code reaches the browser).
    kinds: CSV_KINDS.map((value) => ({ value, label: CSV_KIND_LABELS[value] })),
    columns: IMPORT_COLUMNS,
    dateFormats: DATE_FORMATS_TEXT,
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const form = await request.formData();
  const kind = oneOf(CSV_KINDS, field(form, "kind"));
  if (!kind) return formError("Choose what the file contains.");
  const file = form.get("file");
  const csv =
    file && typeof file !== "string" && file.size > 0 ? await file.text() : field(form, "csv");
  const createMissingPlaces = field(form, "createMissingPlaces") === "on";
  const input = { programmeSlug: params.slug, kind, csv, createMissingPlaces };
  if (field(form, "intent") === "preview") {
    const result = await attempt(() => context.trpc.deliveryCsv.preview(input));
    if (!result.ok) return result.response;
    return { preview: result.value, kind, csv, createMissingPlaces };
  }
  if (field(form, "intent") === "import") {
    const result = await attempt(() => context.trpc.deliveryCsv.import(input));
    if (!result.ok) return result.response;
    const { imported, placesAdded } = result.value;
    const rows = countOf(imported, "row", "rows");
    const places = placesAdded === 0 ? "" : ` and added ${countOf(placesAdded, "place", "places")}`;
    return { done: `Imported ${rows}${places}.` };
  }
  return formError("We did not understand that request.");
}

export default function Data({ loaderData, actionData, params }: Route.ComponentProps) {
  // The action answers with form errors, what was imported, or the check of a file.
  const formError = actionData && "formError" in actionData ? actionData.formError : undefined;
  const done = actionData && "done" in actionData ? actionData.done : undefined;
  const checked = actionData && "preview" in actionData ? actionData : undefined;
  const base = `/p/${params.slug}/delivery-models`;
  const kinds = loaderData.kinds;
  return (
    <>
      <h1>Import and export</h1>
      <h2>Export</h2>
      <ul>
        {kinds.map((k) => (
          <li key={k.value}>
            <a href={`${base}/export/${k.value}`} download>
              {k.label} (CSV)
            </a>
          </li>
        ))}
      </ul>
      {loaderData.canImport ? (
        <>
          <h2>Import</h2>
          <p>
            Start from a template or an exported file. Rows update the record they name, or add a
            new one; nothing is deleted. You will see every row&apos;s problems before anything is
            saved.
          </p>
          {done && (
            <p className="notice" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={formError} />
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="preview" />
            <SelectField
              label="What the file contains"
              name="kind"
              options={kinds}
              defaultValue={checked?.kind ?? "partnerships"}
            />
            <div className="field">
              <label htmlFor="csv-file">CSV file</label>
              <input id="csv-file" name="file" type="file" accept=".csv,text/csv" />
            </div>
            <button type="submit" className="button">
              Check file
            </button>
          </Form>
          {checked?.preview && checked.kind && (
            <ImportPreview
              preview={checked.preview}
              kind={checked.kind}
              csv={checked.csv ?? ""}
              createMissingPlaces={checked.createMissingPlaces ?? false}
              canAddPlaces={loaderData.canAddPlaces}
            />
          )}
          <ImportColumns
            base={base}
            columns={loaderData.columns}
            dateFormats={loaderData.dateFormats}
            kinds={kinds}
          />
        </>
      ) : (
        <p>Only members of a partnership and admins can import data.</p>
      )}
    </>
  );
}
