/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a cell quoted
 * when it holds a comma, a quote, a line break or edge spaces, quotes doubled.
 * Runs in the browser too (the search page's download), so it has no Node
 * dependency. `bom` adds a UTF-8 byte order mark, which spreadsheet programs
 * need to read accents right when a person opens the file.
 */
export function formatCsv(rows: readonly (readonly (string | number | undefined | null)[])[], { bom = false } = {}): string {
  const lines = rows.map((row) => row.map(csvCell).join(','));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}

export function csvCell(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
