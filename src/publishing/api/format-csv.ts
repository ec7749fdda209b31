/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a cell quoted
 * when it holds a comma, a quote, a line break or edge spaces, quotes doubled.
 * Runs in the browser too (the search page's download), so it has no Node
 * dependency. `bom` adds a UTF-8 byte order mark, which spreadsheet programs
 * need to read accents right when a person opens the file.
 *
 * Every CSV the Atlas writes goes through `csvCell`, which also neutralises
 * formulas: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would run as a formula when the file is opened in a spreadsheet
 * (`=HYPERLINK(…)` in a title sent by a contributor). As OWASP advises, such a
 * cell gets a leading `'`, which spreadsheets show as text; so does every
 * part after a ";", which is a cell of its own where Excel splits on ";".
 * Numbers are left as they are: -3 is a number, not a formula.
 */
export function formatCsv(rows: readonly (readonly (string | number | undefined | null)[])[], { bom = false } = {}): string {
  const lines = rows.map((row) => row.map(csvCell).join(','));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

/** The first characters by which spreadsheets recognise a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * The same after a ";": French, Spanish and German Excel split CSV on ";",
 * quotes or not, so "Local NGO;=1+1" gives them a cell "=1+1".
 */
const FORMULA_AFTER_SEMICOLON = /;(?=["\s]*[=+\-@\t\r])/g;

/** Text a spreadsheet would run as a formula, with a leading `'` (at its start and after every ";") that makes it text. */
export function neutralise(value: string): string {
  const start = FORMULA_START.test(value) ? `'${value}` : value;
  return start.replace(FORMULA_AFTER_SEMICOLON, ";'");
}

export function csvCell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
