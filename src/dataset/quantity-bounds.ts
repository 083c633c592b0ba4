/**
 * Bounds of the dataset's quantities, honest about what the article did not say:
 * an open lower bound ('plusieurs milliards') has no high, an unspecified amount has no number, and
 * amounts are never added up (the product shows each figure as stated, never a total).
 */
import type { Quantity } from './schema';

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
