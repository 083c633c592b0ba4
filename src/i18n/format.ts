/**
 * Numbers, money and dates through Intl: "1,2 Md€" and "9 févr. 2025" in French, "€1.2bn" and
 * "9 Feb 2025" in English; "≥" for open lower bounds in both. Pure functions of (value, lang).
 */
import type { DateValue, Quantity } from '../dataset/schema';
import type { Lang } from './languages';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const SCALES = [
  { min: 1e9, divisor: 1e9, fr: 'Md', en: 'bn' },
  { min: 1e6, divisor: 1e6, fr: 'M', en: 'm' },
] as const;

const SYMBOL: Record<string, string> = { EUR: '€', USD: '$' };

// A unit never starts a line, nor does an amount leave its "≈" or "≥" at the end of one: a
// phone's narrow column would otherwise show "1,2⏎Md€" or "≥⏎1 Md€". So a number and its unit,
// a sign and its amount, and a range's first end and its dash are joined by a no-break space;
// only the space after the dash and the one before a currency note may break.
const NBSP = '\u00a0';
// French typography sets "%" after a narrow no-break space ("12 %"), as Intl does for percents.
const NNBSP = '\u202f';

const NO_CURRENCY: Record<Lang, string> = { fr: '(devise non précisée)', en: '(currency not stated)' };
const UNSPECIFIED: Record<Lang, string> = { fr: 'non précisé', en: 'not stated' };
const JOBS: Record<Lang, [string, string]> = { fr: ['emploi', 'emplois'], en: ['job', 'jobs'] };
const GPUS: Record<Lang, [string, string]> = { fr: ['GPU', 'GPU'], en: ['GPU', 'GPUs'] };

// An Intl formatter costs far more to build than to use, and 10,000 sites format tens of
// thousands of figures and dates per cursor step: each is built once per language and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })));
  return format;
}

function dateFormat(lang: Lang, month: 'short' | undefined, day: 'numeric' | undefined, year = true) {
  const key = `${lang} ${month} ${day} ${year}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
    if (year) options.year = 'numeric';
    if (month) options.month = month;
    if (day) options.day = day;
    dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

/** One amount in a unit, e.g. (1.2e9, 'EUR') -> "1,2 Md€" | "€1.2bn". */
export function formatAmount(value: number, unit: Quantity['unit'], lang: Lang): string {
  switch (unit) {
    case 'EUR':
    case 'USD':
    case 'XXX': {
      const scale = SCALES.find((s) => Math.abs(value) >= s.min);
      const number = formatNumber(scale ? value / scale.divisor : value, lang);
      const suffix = scale ? scale[lang] : '';
      if (unit === 'XXX')
        return `${number}${lang === 'fr' && suffix ? NBSP : ''}${suffix} ${NO_CURRENCY[lang]}`;
      const symbol = SYMBOL[unit]!;
      return lang === 'fr' ? `${number}${NBSP}${suffix}${symbol}` : `${symbol}${number}${suffix}`;
    }
    case 'MW':
      return `${formatNumber(value, lang)}${NBSP}MW`;
    case 'm2':
      return `${formatNumber(value, lang)}${NBSP}m²`;
    case '%':
      return `${formatNumber(value, lang, 2)}${lang === 'fr' ? NNBSP : ''}%`;
    case 'jobs':
      return `${formatNumber(value, lang, 0)}${NBSP}${JOBS[lang][value === 1 ? 0 : 1]}`;
    case 'gpus':
      return `${formatNumber(value, lang, 0)}${NBSP}${GPUS[lang][value === 1 ? 0 : 1]}`;
  }
}

/** The mark of an open lower bound, held to the amount after it. */
export const AT_LEAST = `≥${NBSP}`;

/** A quantity as the atlas shows it: exact, "≈", "≥" for an open lower bound, "a–b" for a range. */
export function formatQuantity(q: Quantity, lang: Lang): string {
  switch (q.kind) {
    case 'exact':
      return formatAmount(q.value!, q.unit, lang);
    case 'approximate':
      return `≈${NBSP}${formatAmount(q.value!, q.unit, lang)}`;
    case 'lower-bound':
      return `${AT_LEAST}${formatAmount(q.min!, q.unit, lang)}`;
    case 'range':
      return `${formatAmount(q.min!, q.unit, lang)}${NBSP}– ${formatAmount(q.max!, q.unit, lang)}`;
    case 'unspecified':
      return UNSPECIFIED[lang];
  }
}

function parts(iso: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month, day };
}

/** A partial ISO date at its own precision: "2027", "avr. 2023", "9 févr. 2025". */
export function formatIsoDate(iso: string, lang: Lang): string {
  const { year, month, day } = parts(iso);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return dateFormat(lang, month ? 'short' : undefined, day ? 'numeric' : undefined).format(date);
}

export function formatDateValue(d: DateValue, lang: Lang): string {
  const start = formatIsoDate(d.start, lang);
  return d.end ? `${start} – ${formatIsoDate(d.end, lang)}` : start;
}

const CERTAINTY: Record<Lang, Record<'inferred' | 'contested' | 'external', string>> = {
  fr: { inferred: 'date déduite', contested: 'date contestée', external: 'date d’une référence externe' },
  en: { inferred: 'inferred date', contested: 'contested date', external: 'date from an external reference' },
};

/** A date that also says when it is inferred or contested, for places without a badge. */
export function formatDateWithCertainty(d: DateValue, lang: Lang): string {
  const text = formatDateValue(d, lang);
  return d.certainty === 'stated' ? text : `${text} (${CERTAINTY[lang][d.certainty]})`;
}

/**
 * A forecast's window, short: "Mar–Dec 2025" when both ends are months of one year, else the
 * usual "start – end" (a single date stays as it is).
 */
export function formatWindow(d: DateValue, lang: Lang): string {
  const { start, end } = d;
  if (end && start.length === 7 && end.length === 7 && start.slice(0, 4) === end.slice(0, 4)) {
    const month = (iso: string) =>
      dateFormat(lang, 'short', undefined, false).format(new Date(`${iso}-01T00:00:00Z`));
    return `${month(start)}–${month(end)} ${start.slice(0, 4)}`;
  }
  return formatDateValue(d, lang);
}
