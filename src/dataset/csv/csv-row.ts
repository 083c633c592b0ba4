/** One record of the template -> its checked values, or every problem of its cells. */
import type { Problem } from '../problem';
import { phrase, type Phrase, type ProblemText } from '../problem-phrase';
import { MAX_TEXT_LENGTH, unsafeTextReason, type UnsafeTextReason } from '../safe-text';
import type { SiteStatus } from '../schema';
import { CSV_CURRENCIES, DEFAULT_CURRENCY, PARTNER_SEPARATOR, type CsvColumn } from './csv-columns';
import type { ColumnIndex } from './csv-header';
import { cellProblem, rowProblem } from './csv-problem';
import type { CsvSeparator } from './csv-read';
import {
  readCountry,
  readCurrency,
  readDay,
  readId,
  readInRange,
  readPartialDate,
  readStatus,
  readUrl,
  type CellResult,
} from './csv-values';

/** What one row of the template carries, checked. Optional text is '' when the cell is empty. */
export interface SiteRow {
  row: number;
  id: string | null;
  name: string;
  nameFr: string;
  nameEn: string;
  lat: number;
  lon: number;
  place: string;
  country: string;
  operator: string;
  partners: string[];
  status: SiteStatus;
  statusDate: string;
  capacityMw: number | null;
  investment: number | null;
  currency: string;
  sourceUrl: string;
  sourceTitle: string;
  sourceDate: string;
  quote: string;
}

/** An external reference's excerpt is 8 to 600 characters (schema-primitives.ts). */
export const QUOTE_LENGTH = { min: 8, max: 600 } as const;

/** Why a cell's text may not be shown, as the spreadsheet's problem says it: its message and what was found. */
function unsafeCell(reason: UnsafeTextReason, cell: string): { message: Phrase; found: ProblemText } {
  switch (reason.kind) {
    case 'tooLong':
      return {
        message: phrase('csv.problem.tooLong', { max: MAX_TEXT_LENGTH }),
        found: phrase('csv.found.length', { length: cell.length }),
      };
    case 'loneSurrogate':
      return { message: phrase('csv.problem.loneSurrogate'), found: phrase('csv.found.brokenUtf16') };
    default:
      // A code point (U+202E) reads the same in any language.
      return { message: phrase(`csv.problem.${reason.kind}`), found: reason.found };
  }
}

/** A cell that this writer prefixed with an apostrophe (so no spreadsheet runs it) reads back as written. */
const unescape = (cell: string) => (/^'(?:[\t]|\s*[=+\-@])/.test(cell) ? cell.slice(1) : cell);

export function readSiteRow(
  record: { row: number; cells: readonly string[] },
  columns: ColumnIndex,
  separator: CsvSeparator,
): { ok: true; site: SiteRow } | { ok: false; problems: Problem[] } {
  const { row, cells } = record;
  const problems: Problem[] = [];
  const raw = (column: CsvColumn) => {
    const index = columns.get(column);
    return index === undefined ? '' : unescape(cells[index] ?? '');
  };
  const text = (column: CsvColumn) => raw(column).trim();
  // Text no reader may be shown (a direction override, a control character) is named by its cell.
  for (const [column, index] of columns) {
    const value = cells[index] ?? '';
    const reason = unsafeTextReason(value);
    if (reason) {
      const { message, found } = unsafeCell(reason, value);
      problems.push({ ...rowProblem(row, message, column), found });
    }
  }
  const required = (column: CsvColumn, expected: Phrase) => {
    const value = text(column);
    if (!value) problems.push(cellProblem(row, column, expected, ''));
    return value;
  };
  function cell<T>(column: CsvColumn, read: (cell: string) => CellResult<T>): T | null;
  function cell<T>(column: CsvColumn, read: (cell: string) => CellResult<T>, fallback: T): T;
  function cell<T>(column: CsvColumn, read: (cell: string) => CellResult<T>, fallback?: T): T | null {
    const value = raw(column);
    if (fallback !== undefined && value.trim() === '') return fallback;
    const result = read(value);
    if (result.ok) return result.value;
    problems.push(cellProblem(row, column, result.expected, value));
    return null;
  }
  const optional = <T>(column: CsvColumn, read: (cell: string) => CellResult<T>): T | null =>
    text(column) === '' ? null : cell(column, read);

  const name = required('name', phrase('csv.expected.siteName'));
  const id = optional('id', readId);
  const lat = cell('lat', (c) => readInRange(c, separator, -90, 90));
  const lon = cell('lon', (c) => readInRange(c, separator, -180, 180));
  const country = cell('country', readCountry);
  const status = cell('status', readStatus);
  const statusDate = cell('status_date', readPartialDate);
  const sourceUrl = cell('source_url', readUrl);
  const capacityMw = optional('capacity_mw', (c) => readInRange(c, separator, 0, Infinity));
  const investment = optional('investment', (c) => readInRange(c, separator, 0, Infinity));
  const currency = cell('currency', (c) => readCurrency(c, CSV_CURRENCIES), DEFAULT_CURRENCY);
  const sourceDate = optional('source_date', readDay) ?? '';
  const quote = text('quote');
  if (quote && (quote.length < QUOTE_LENGTH.min || quote.length > QUOTE_LENGTH.max)) {
    problems.push(cellProblem(row, 'quote', phrase('csv.expected.quoteLength', QUOTE_LENGTH), quote));
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    site: {
      row,
      id,
      name,
      nameFr: text('name_fr') || name,
      nameEn: text('name_en') || name,
      lat: lat!,
      lon: lon!,
      place: text('place'),
      country: country!,
      operator: text('operator'),
      partners: text('partners')
        .split(PARTNER_SEPARATOR)
        .map((partner) => partner.trim())
        .filter(Boolean),
      status: status!,
      statusDate: statusDate!,
      capacityMw,
      investment,
      currency,
      sourceUrl: sourceUrl!,
      sourceTitle: text('source_title'),
      sourceDate,
      quote,
    },
  };
}
