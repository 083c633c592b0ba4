/**
 * One cell -> one value, or what was expected. Expectations are in a spreadsheet user's words
 * ("a number from -90 to 90"), since that is who reads them, and are phrases (problem-phrase.ts):
 * the desk says them in the reader's language.
 */
import type { CsvSeparator } from './csv-read';
import { siteStatuses } from '../vocabulary';
import { isCalendarDate } from '../../lib/date-value';
import type { SiteStatus } from '../schema';
import { phrase, type Phrase } from '../problem-phrase';
import { MAX_ID_LENGTH } from '../safe-text';

export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: Phrase };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (expected: Phrase): CellResult<never> => ({ ok: false, expected });

// Thousands may be grouped with spaces, as French spreadsheets do (NBSP, narrow NBSP included).
const GROUPING = /[\s\u00A0\u202F]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A number as a spreadsheet writes it. A decimal comma is read only in a semicolon file: in a comma
 * file "1,000" could mean a thousand or one, so it is refused rather than guessed.
 */
export function readNumber(cell: string, separator: CsvSeparator): number | null {
  let text = cell.replace(GROUPING, '');
  if (separator === ';' && /^[^.]*,[^,]*$/.test(text)) text = text.replace(',', '.');
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function readInRange(
  cell: string,
  separator: CsvSeparator,
  min: number,
  max: number,
): CellResult<number> {
  const value = readNumber(cell, separator);
  const expected = Number.isFinite(max)
    ? phrase('csv.expected.numberRange', { min, max })
    : phrase('csv.expected.numberAtLeast', { min });
  return value !== null && value >= min && value <= max ? ok(value) : bad(expected);
}

export function readStatus(cell: string): CellResult<SiteStatus> {
  const status = siteStatuses.find((s) => s === cell.trim().toLowerCase());
  return status ? ok(status) : bad(phrase('csv.expected.oneOf', { values: siteStatuses }));
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** `YYYY`, `YYYY-MM` or a real day `YYYY-MM-DD`. */
export function readPartialDate(cell: string): CellResult<string> {
  const text = cell.trim();
  const real = PARTIAL_DATE.test(text) && isCalendarDate(text);
  return real ? ok(text) : bad(phrase('csv.expected.partialDate'));
}

export function readDay(cell: string): CellResult<string> {
  const text = cell.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text)
    ? ok(text)
    : bad(phrase('csv.expected.day'));
}

export function readCountry(cell: string): CellResult<string> {
  const text = cell.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(text) ? ok(text) : bad(phrase('csv.expected.country'));
}

export function readCurrency(cell: string, allowed: readonly string[]): CellResult<string> {
  const text = cell.trim().toUpperCase();
  return allowed.includes(text) ? ok(text) : bad(phrase('csv.expected.currency', { codes: allowed }));
}

/** Only http(s) links: a reader clicks them. */
export function readUrl(cell: string): CellResult<string> {
  const text = cell.trim();
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return ok(text);
  } catch {
    // falls through to the problem
  }
  return bad(phrase('csv.expected.url'));
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readId(cell: string): CellResult<string> {
  const text = cell.trim();
  return ID.test(text) && text.length <= MAX_ID_LENGTH
    ? ok(text)
    : bad(phrase('csv.expected.id', { max: MAX_ID_LENGTH }));
}

/** An id made from a name: "Centre d’Essonne" -> "centre-d-essonne". */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'site';
}

/** How a found value is quoted in a problem: 'north' (« north » in French), clipped. */
export function quoteFound(cell: string): Phrase {
  const text = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return text.trim() === '' ? phrase('csv.found.emptyCell') : phrase('csv.found.cell', { cell: text });
}
