/**
 * RFC 4180 CSV: CRLF line ends, every text field quoted (French Excel splits on ';', not ',', so
 * quoting only fields with a comma is not enough), quotes doubled. A leading byte-order mark makes Excel read UTF-8 (accents) correctly.
 */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @ first, even after leading
 * white space, which spreadsheets skip; or a tab or CR first) gets a leading apostrophe (OWASP
 * "CSV injection"). Numbers stay numbers: a negative value is data, not a formula.
 */
export function neutralizeFormula(text: string): string {
  return /^[\t\r]|^\s*[=+\-@]/.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return `"${neutralizeFormula(cell).replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export interface Column<T> {
  readonly header: string;
  readonly get: (record: T) => Cell;
}

export function tableToCsv<T>(columns: readonly Column<T>[], records: readonly T[]): string {
  return toCsv(
    columns.map((c) => c.header),
    records.map((record) => columns.map((c) => c.get(record))),
  );
}

/** Reads what `toCsv` writes (quoted fields, doubled quotes, line breaks inside quotes, BOM). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
