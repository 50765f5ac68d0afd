// The one way we write CSV files (papaparse), and how an import reads back what we wrote.
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula,
// so a name typed as "=HYPERLINK(...)" could act when someone opens the export. Such cells get a
// leading single quote (OWASP's advice for CSV injection); spreadsheets show the text as typed.
// Importing one of our own files removes that quote again, so export → import changes nothing.
import Papa from "papaparse";

/** A cell a spreadsheet would treat as a formula. Unlike papaparse's own, this sees past newlines. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell we neutralised on export: the quote, then what would have been a formula. */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => [...row]) },
    { newline: "\n", escapeFormulae: FORMULA_START },
  );
}

/** A cell as read from a file: our neutralising quote removed, the rest unchanged. */
export function csvCellValue(cell: string): string {
  return cell.replace(NEUTRALISED, "");
}
