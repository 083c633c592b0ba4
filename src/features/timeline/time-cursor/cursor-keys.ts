/**
 * The time cursor as a WAI-ARIA slider (https://www.w3.org/WAI/ARIA/apg/patterns/slider/): which
 * day each key moves it to. Arrows go from one event day (cursorSteps) to the next, Page Up/Down by
 * a calendar year, Home/End to either end. Days are ISO strings; no React, no store.
 */
import { DAY_MS, addYears, isoStartMs, toIsoDay } from '../../../lib/date-value';

export interface CursorRange {
  /** Event days in order (cursorSteps); the slider runs from the first to the last. */
  steps: readonly string[];
  min: string;
  max: string;
}

export function cursorRange(steps: readonly string[], fallbackIso: string): CursorRange {
  const min = steps[0] ?? fallbackIso;
  const max = steps[steps.length - 1] ?? fallbackIso;
  return { steps, min, max };
}

/** ISO days compare as strings; partial dates ('2025') are read as their first day. */
const day = (iso: string) => toIsoDay(isoStartMs(iso));

export function clampDay(iso: string, range: Pick<CursorRange, 'min' | 'max'>): string {
  const d = day(iso);
  if (d < range.min) return range.min;
  if (d > range.max) return range.max;
  return d;
}

/** Where the thumb stands: the cursor, or (no cursor) today, kept inside the range. */
export function cursorValue(asOf: string | null, todayIso: string, range: CursorRange): string {
  return clampDay(asOf ?? todayIso, range);
}

export function nextStep(value: string, range: CursorRange): string {
  return range.steps.find((step) => step > value) ?? range.max;
}

export function previousStep(value: string, range: CursorRange): string {
  return [...range.steps].reverse().find((step) => step < value) ?? range.min;
}

/** The day a key moves the cursor to, or null for a key the slider does not handle. */
export function dayForKey(key: string, value: string, range: CursorRange): string | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return nextStep(value, range);
    case 'ArrowLeft':
    case 'ArrowDown':
      return previousStep(value, range);
    case 'PageUp':
      return clampDay(addYears(value, 1), range);
    case 'PageDown':
      return clampDay(addYears(value, -1), range);
    case 'Home':
      return range.min;
    case 'End':
      return range.max;
    default:
      return null;
  }
}

/** The slider's aria-valuenow: whole days since 1970-01-01 (an integer, unlike milliseconds/1000). */
export const dayNumber = (iso: string) => Math.round(isoStartMs(iso) / DAY_MS);
