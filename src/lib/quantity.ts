/**
 * Bounds and sums of the dataset's quantities, honest about what the article did not say:
 * an open lower bound ('plusieurs milliards') has no high, an unspecified amount has no number, and
 * amounts in different units or currencies (EUR, USD, XXX = no currency stated) are never added.
 */
import type { Quantity } from '../dataset/schema';

export type QuantityUnit = Quantity['unit'];

export interface Bounds {
  /** The smallest value the text allows; null when it gives no number. */
  low: number | null;
  /** The largest value the text allows; null when there is none (open) or no number at all. */
  high: number | null;
  /** True for a lower bound with no upper limit: draw it as continuing, label it '≥'. */
  open: boolean;
}

export function quantityBounds(q: Quantity): Bounds {
  switch (q.kind) {
    case 'exact':
    case 'approximate': {
      const value = q.value ?? null;
      return { low: value, high: value, open: false };
    }
    case 'lower-bound':
      return { low: q.min ?? null, high: null, open: true };
    case 'range':
      return { low: q.min ?? null, high: q.max ?? null, open: false };
    case 'unspecified':
      return { low: null, high: null, open: false };
  }
}

export interface QuantitySum {
  /** The one unit of every part; null when there are no parts or they mix units. */
  unit: QuantityUnit | null;
  /** Sum of the parts' lows (0 for no parts); null when the units are mixed. */
  low: number | null;
  /** Sum of the parts' highs; null when a part is open or unspecified, or the units are mixed. */
  high: number | null;
  /** The sum reads 'at least low': some part has no upper limit (an open bound or no number). */
  open: boolean;
  /** Some part had no number at all: it adds nothing to low and leaves high unknown. */
  includesUnspecified: boolean;
  /** Refused: the parts are in different units or currencies, so no number is given. */
  mixedUnits: boolean;
}

export function sumQuantities(qs: readonly Quantity[]): QuantitySum {
  const units = new Set(qs.map((q) => q.unit));
  const [unit] = units;
  if (units.size > 1) {
    return { unit: null, low: null, high: null, open: false, includesUnspecified: false, mixedUnits: true };
  }
  let low = 0;
  let high: number | null = 0;
  let includesUnspecified = false;
  for (const q of qs) {
    const bounds = quantityBounds(q);
    if (bounds.low === null) includesUnspecified = true;
    else low += bounds.low;
    high = high === null || bounds.high === null ? null : high + bounds.high;
  }
  return { unit: unit ?? null, low, high, open: high === null, includesUnspecified, mixedUnits: false };
}
