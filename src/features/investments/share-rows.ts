/**
 * A cursor step or a selection rebuilds the investments model, but changes few of its
 * rows (at 10,000 sites, a thousand). A row equal to the one the previous model had under its id
 * is that same object, so the memoised bars (investment-bars.tsx) skip it. Pure.
 */
import type { InvestmentRow, InvestmentsModel } from './investments-model';

/** Every field equal; objects (labels, amounts, dates) come from the dataset, compared by identity. */
function sameRow(a: InvestmentRow, b: InvestmentRow): boolean {
  const keys = Object.keys(a) as (keyof InvestmentRow)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function shareUnchangedRows(
  previous: InvestmentsModel | null,
  next: InvestmentsModel,
): InvestmentsModel {
  if (!previous) return next;
  const before = new Map(previous.groups.flatMap((group) => group.rows.map((row) => [row.id, row])));
  const share = (row: InvestmentRow) => {
    const old = before.get(row.id);
    return old && sameRow(old, row) ? old : row;
  };
  return { ...next, groups: next.groups.map((group) => ({ ...group, rows: group.rows.map(share) })) };
}

/** A cache of the last model: each model it is given shares the unchanged rows of the one before. */
export function createRowSharer(): (next: InvestmentsModel) => InvestmentsModel {
  let last: InvestmentsModel | null = null;
  return (next) => (last = shareUnchangedRows(last, next));
}
