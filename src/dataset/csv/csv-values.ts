/**
 * One cell -> one value, or what was expected. Messages are in a spreadsheet user's words
 * ("a number from -90 to 90"), since that is who reads them.
 */
import type { CsvSeparator } from './csv-read';
import { siteStatuses } from '../vocabulary';
import { isCalendarDate } from '../../lib/date-value';
import type { SiteStatus } from '../schema';

export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (expected: string): CellResult<never> => ({ ok: false, expected });

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
  const expected = Number.isFinite(max) ? `a number from ${min} to ${max}` : `a number, ${min} or more`;
  return value !== null && value >= min && value <= max ? ok(value) : bad(expected);
}

export function readStatus(cell: string): CellResult<SiteStatus> {
  const status = siteStatuses.find((s) => s === cell.trim().toLowerCase());
  return status ? ok(status) : bad(`one of ${siteStatuses.join(', ')}`);
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** `YYYY`, `YYYY-MM` or a real day `YYYY-MM-DD`. */
export function readPartialDate(cell: string): CellResult<string> {
  const text = cell.trim();
  const real = PARTIAL_DATE.test(text) && isCalendarDate(text);
  return real ? ok(text) : bad('a date written YYYY, YYYY-MM or YYYY-MM-DD');
}

export function readDay(cell: string): CellResult<string> {
  const text = cell.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text)
    ? ok(text)
    : bad('a day written YYYY-MM-DD');
}

export function readCountry(cell: string): CellResult<string> {
  const text = cell.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(text) ? ok(text) : bad('a two-letter ISO 3166 country code such as FR');
}

export function readCurrency(cell: string, allowed: readonly string[]): CellResult<string> {
  const text = cell.trim().toUpperCase();
  return allowed.includes(text) ? ok(text) : bad(`a currency code: ${allowed.join(' or ')}`);
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
  return bad('a web address starting with https:// or http://');
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readId(cell: string): CellResult<string> {
  const text = cell.trim();
  return ID.test(text) && text.length <= 64
    ? ok(text)
    : bad('a kebab-case id (a-z, 0-9, single hyphens), at most 64 characters');
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

/** How a found value is quoted in a problem: 'north', clipped. */
export function quoteFound(cell: string): string {
  const text = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return text.trim() === '' ? 'an empty cell' : `'${text}'`;
}
