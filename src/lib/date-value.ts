/**
 * Helpers on the dataset's partial dates (YYYY, YYYY-MM, YYYY-MM-DD), all in UTC.
 *
 * A span is inclusive and counted in days: `endMs` is midnight UTC at the start of the span's last
 * day, so `toIsoDay(endMs)` names that day ('2025' ends on '2025-12-31') and a single day has
 * `startMs === endMs`. A chart that wants a visible width adds `DAY_MS` or a minimum pixel width.
 */

/**
 * The shape of a dated value this file needs (the dataset's DateValue fits it): lib stays below
 * the dataset, so it names the fields it reads instead of importing the schema.
 */
export interface DateValue {
  readonly start: string;
  readonly end?: string;
  /** 'year' or 'month' widen `start` to its whole year or month; anything else reads it as written. */
  readonly precision: string;
}

export const DAY_MS = 86_400_000;

export interface Span {
  startMs: number;
  endMs: number;
}

type Granularity = 'day' | 'month' | 'year';

interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// 10,000 sites bring tens of thousands of dates, each read again at every cursor step,
// from a few thousand distinct strings: parses and UTC days are kept once computed.
const parsed = new Map<string, PartialDate>();
const utcDays = new Map<number, number>();
// The dataset's date objects never change once validated: each one's span is computed once.
const spans = new WeakMap<DateValue, Span>();

/** Throws a RangeError on malformed or impossible dates (2025-02-30): the schema is the place to catch them. */
function parsePartial(iso: string): PartialDate {
  let date = parsed.get(iso);
  if (!date) parsed.set(iso, (date = Object.freeze(parseUncached(iso))));
  return date;
}

function parseUncached(iso: string): PartialDate {
  const match = PARTIAL_ISO.exec(iso);
  if (!match) throw new RangeError(`not a YYYY, YYYY-MM or YYYY-MM-DD date: "${iso}"`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw new RangeError(`no month ${month} in "${iso}"`);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new RangeError(`no day ${day} in "${iso}"`);
  }
  return { year, month, day };
}

/** Date.UTC without its legacy quirk of reading years 0–99 as 1900–1999. */
function utc(year: number, monthIndex: number, day: number): number {
  const key = (year * 13 + monthIndex) * 32 + day;
  let ms = utcDays.get(key);
  if (ms === undefined) {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    utcDays.set(key, (ms = date.getTime()));
  }
  return ms;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, year 0001 to 9999 included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

function granularityOf(date: PartialDate): Granularity {
  if (date.day !== undefined) return 'day';
  return date.month !== undefined ? 'month' : 'year';
}

const COARSENESS: Record<Granularity, number> = { day: 0, month: 1, year: 2 };

function coarser(a: Granularity, b: Granularity): Granularity {
  return COARSENESS[a] >= COARSENESS[b] ? a : b;
}

function firstDayMs(date: PartialDate, granularity: Granularity): number {
  if (granularity === 'year') return utc(date.year, 0, 1);
  if (granularity === 'month') return utc(date.year, (date.month ?? 1) - 1, 1);
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function lastDayMs(date: PartialDate, granularity: Granularity): number {
  if (granularity === 'year') return utc(date.year, 11, 31);
  if (granularity === 'month') return utc(date.year, date.month ?? 12, 0);
  return firstDayMs(date, 'day');
}

/** First day of a partial date: '2025' -> 2025-01-01, '2025-03' -> 2025-03-01. */
export function isoStartMs(iso: string): number {
  const date = parsePartial(iso);
  return firstDayMs(date, granularityOf(date));
}

/** Last day of a partial date: '2025' -> 2025-12-31, '2024-02' -> 2024-02-29. */
export function isoEndMs(iso: string): number {
  const date = parsePartial(iso);
  return lastDayMs(date, granularityOf(date));
}

/**
 * The days a date covers. A 'year' or 'month' precision widens a more precise string to the whole
 * year or month (the string is then only a hint); an `end` makes the span run to the end's own last
 * day, whatever the precision says.
 */
export function dateSpan(d: DateValue): Span {
  let span = spans.get(d);
  if (!span) spans.set(d, (span = Object.freeze(spanUncached(d))));
  return span;
}

function spanUncached(d: DateValue): Span {
  const start = parsePartial(d.start);
  const declared: Granularity = d.precision === 'year' ? 'year' : d.precision === 'month' ? 'month' : 'day';
  const granularity = coarser(granularityOf(start), declared);
  const startMs = firstDayMs(start, granularity);
  if (d.end !== undefined) {
    const end = parsePartial(d.end);
    return { startMs, endMs: Math.max(startMs, lastDayMs(end, granularityOf(end))) };
  }
  return { startMs, endMs: lastDayMs(start, granularity) };
}

/**
 * Was this date announced by the cursor? Compares the date's first day with the cursor's last day,
 * so a cursor of '2025-06' knows everything dated in June 2025, and an event dated only '2025' is
 * known from 2025-01-01 (the earliest it could have happened).
 */
export function isKnownBy(d: DateValue, asOfIso: string | null): boolean {
  if (asOfIso === null) return true;
  return dateSpan(d).startMs <= isoEndMs(asOfIso);
}

/** `isKnownBy` against a cursor already read as its last day (`isoEndMs`), for loops over many dates. */
export const isKnownByMs = (d: DateValue, cursorEndMs: number): boolean => dateSpan(d).startMs <= cursorEndMs;

/** The same day `years` later (or earlier): 29 Feb plus a year is 28 Feb, not 1 March. */
export function addYears(iso: string, years: number): string {
  const date = new Date(isoStartMs(iso));
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  return toIsoDay(utc(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month + 1))));
}

/** The calendar year of an instant (UTC). */
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/** 1 January of every year inside the span, in ms. */
export function yearStarts(span: Span): number[] {
  const starts: number[] = [];
  for (let year = yearOf(span.startMs); year <= yearOf(span.endMs); year += 1) {
    const ms = utc(year, 0, 1);
    if (ms >= span.startMs && ms <= span.endMs) starts.push(ms);
  }
  return starts;
}

/** Is this a partial date of the calendar (no month 13, no 30 February)? */
export function isCalendarDate(iso: string): boolean {
  try {
    parsePartial(iso);
    return true;
  } catch {
    return false;
  }
}

/** The first day (YYYY-MM-DD) of a partial date: '2025' -> '2025-01-01'. */
export const firstDayOf = (partial: string): string => toIsoDay(isoStartMs(partial));

/** The last day (YYYY-MM-DD) of a partial date: '2025' -> '2025-12-31', '2025-02' -> '2025-02-28'. */
export function lastDayOf(partial: string): string {
  let day = lastDays.get(partial);
  if (day === undefined) lastDays.set(partial, (day = toIsoDay(isoEndMs(partial))));
  return day;
}
const lastDays = new Map<string, string>();

/** '2025-03-07' for any instant on that UTC day. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
