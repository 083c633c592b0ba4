/**
 * The handout's static chart of a step, as plain rows: the money figures or the dated events the
 * atlas knew at the step's date. Open lower bounds stay open, no amounts are ever added up, and
 * amounts in different units are drawn on separate scales (EUR and "no currency" never share one).
 */
import type { AtlasModel } from '../../dataset/model';
import type { DateValue } from '../../dataset/schema';
import { dateSpan, isKnownBy } from '../../lib/date-value';
import { quantityBounds } from '../../dataset/quantity-bounds';

export interface MoneyRow {
  id: string;
  label: { fr: string; en: string };
  text: string;
  unit: string;
  /** 0..1 of the longest bar in the same unit. */
  share: number;
  open: boolean;
  cited: boolean;
}

export interface EventRow {
  id: string;
  title: { fr: string; en: string };
  /** The event's own date (a range stays a range when printed). */
  date: DateValue;
  /** 0..1 along the axis from the first event to the last one known. */
  position: number;
  startMs: number;
  cited: boolean;
}

export function moneyRows(model: AtlasModel, asOf: string | null, cited: readonly string[]): MoneyRow[] {
  const known = model.atlas.investments.filter((i) => isKnownBy(i.announced, asOf));
  const largest = new Map<string, number>();
  for (const i of known) {
    const low = quantityBounds(i.amount).low ?? 0;
    largest.set(i.amount.unit, Math.max(largest.get(i.amount.unit) ?? 0, low));
  }
  return known.map((i) => {
    const { low, open } = quantityBounds(i.amount);
    const max = largest.get(i.amount.unit) ?? 0;
    return {
      id: i.id,
      label: i.label,
      text: i.amount.text,
      unit: i.amount.unit,
      share: low !== null && max > 0 ? low / max : 0,
      open,
      cited: cited.includes(i.id),
    };
  });
}

export function eventRows(model: AtlasModel, asOf: string | null, cited: readonly string[]): EventRow[] {
  const known = model.atlas.events
    .filter((e) => isKnownBy(e.date, asOf))
    .map((e) => ({ event: e, startMs: dateSpan(e.date).startMs }))
    .sort((a, b) => a.startMs - b.startMs);
  const first = known[0]?.startMs ?? 0;
  const last = known.at(-1)?.startMs ?? first;
  const span = Math.max(1, last - first);
  return known.map(({ event, startMs }) => ({
    id: event.id,
    title: event.title,
    date: event.date,
    position: (startMs - first) / span,
    startMs,
    cited: cited.includes(event.id),
  }));
}
