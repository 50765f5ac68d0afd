// Every column of every kind of import file: whether it is required, what it holds and the
// values it allows, with an empty template to download.
import type { IMPORT_COLUMNS } from "@coproduce/api";

/** The server's own description of a column, as the page's loader passes it on. */
type Column = (typeof IMPORT_COLUMNS)[keyof typeof IMPORT_COLUMNS][number];

export function ImportColumns({
  base,
  columns,
  dateFormats,
  kinds,
}: {
  base: string;
  columns: Record<string, Column[]>;
  dateFormats: string;
  kinds: { value: string; label: string }[];
}) {
  return (
    <section aria-labelledby="columns-heading">
      <h2 id="columns-heading">What goes in each file</h2>
      <p>
        The first row names the columns, in any order. A choice can be its label or its code, in
        capitals or not. Dates can be written {dateFormats}.
      </p>
      {kinds.map((kind) => (
        <details key={kind.value} className="import-kind">
          <summary>{kind.label}: the columns</summary>
          <p>
            <a href={`${base}/template/${kind.value}`} download>
              Download an empty {kind.label.toLowerCase()} template (CSV)
            </a>
          </p>
          <div
            className="table-scroll"
            role="region"
            aria-label={`Columns of a ${kind.label.toLowerCase()} file`}
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">
                Columns of a {kind.label.toLowerCase()} file
              </caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Required</th>
                  <th scope="col">What it holds</th>
                </tr>
              </thead>
              <tbody>
                {(columns[kind.value] ?? []).map((c) => (
                  <tr key={c.name}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>{c.required ? "Required" : "Optional"}</td>
                    <td>
                      {c.about}
                      {c.date && ` A date, written like ${dateFormats}.`}
                      {c.choices && (
                        <>
                          {" "}
                          One of:
                          <ul className="choice-list">
                            {c.choices.map((choice) => (
                              <li key={choice.code}>
                                {choice.label} (<code>{choice.code}</code>)
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
