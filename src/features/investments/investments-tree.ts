/**
 * The nesting of the investments chart, worked out once per dataset: which figure sits under
 * which, in what order, how deep. A selection or a hover only changes the rows' flags, so it
 * reuses this; only a cursor that hides figures needs a new tree (and that one is linear too).
 * Each partOf chain is walked once (dataset/part-of-chains.ts): a 16,000-deep chain costs its
 * length, and no depth can overflow the stack (no recursion).
 */
import type { Investment } from '../../dataset/schema';
import { walkPartOfChains } from '../../dataset/part-of-chains';
import { quantityBounds } from '../../dataset/quantity-bounds';

export interface Placed {
  readonly investment: Investment;
  /** The nearest ancestor shown (an ancestor hidden by the cursor is skipped). */
  readonly parentId: string | undefined;
  readonly depth: number;
}

type Trees = readonly (readonly Placed[])[];

const magnitude = (bounds: { low: number | null; high: number | null }) =>
  bounds.high ?? bounds.low ?? -Infinity;
const biggestFirst = (a: Investment, b: Investment) =>
  magnitude(quantityBounds(b.amount)) - magnitude(quantityBounds(a.amount)) || a.id.localeCompare(b.id);

const datasets = new WeakMap<readonly Investment[], (hidden: ReadonlySet<string>) => Trees>();

/**
 * One list per top-level figure, biggest first: the figure, then its parts depth-first. `hidden`
 * figures (after the cursor) are left out and their parts hang from the nearest shown ancestor.
 */
export function investmentTrees(investments: readonly Investment[], hidden: ReadonlySet<string>): Trees {
  let trees = datasets.get(investments);
  if (!trees) datasets.set(investments, (trees = prepare(investments)));
  return trees(hidden);
}

function prepare(investments: readonly Investment[]) {
  const partOf = new Map(investments.map((investment) => [investment.id, investment.partOf]));
  const parentOf = (id: string) => {
    const parent = partOf.get(id);
    return parent !== undefined && partOf.has(parent) ? parent : undefined;
  };
  // A figure that is, through its parents, part of itself (bad data) is drawn at the top level.
  const { onCycle } = walkPartOfChains(partOf.keys(), parentOf);
  let everything: Trees | undefined;
  return (hidden: ReadonlySet<string>): Trees => {
    if (hidden.size > 0) return buildTrees(investments, hidden, parentOf, onCycle);
    return (everything ??= buildTrees(investments, hidden, parentOf, onCycle));
  };
}

function buildTrees(
  investments: readonly Investment[],
  hidden: ReadonlySet<string>,
  parentOf: (id: string) => string | undefined,
  onCycle: ReadonlySet<string>,
): Placed[][] {
  const shown = investments.filter((investment) => !hidden.has(investment.id));
  const shownIds = new Set(shown.map((investment) => investment.id));
  const nearest = nearestShown(shownIds, parentOf);
  const children = new Map<string | undefined, Investment[]>();
  for (const investment of shown) {
    const parent =
      onCycle.has(investment.id) || investment.partOf === undefined ? undefined : nearest(investment.partOf);
    const siblings = children.get(parent);
    if (siblings) siblings.push(investment);
    else children.set(parent, [investment]);
  }
  for (const siblings of children.values()) siblings.sort(biggestFirst);
  const placed = new Set<Investment>();
  return (children.get(undefined) ?? []).map((root) => {
    // Depth-first with an explicit stack, so every part sits right under its whole.
    const tree: Placed[] = [];
    const stack: Placed[] = [{ investment: root, parentId: undefined, depth: 0 }];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (placed.has(next.investment)) continue; // only reachable twice through a reused id
      placed.add(next.investment);
      tree.push(next);
      const parts = children.get(next.investment.id) ?? [];
      for (let k = parts.length - 1; k >= 0; k--) {
        stack.push({ investment: parts[k]!, parentId: next.investment.id, depth: next.depth + 1 });
      }
    }
    return tree;
  });
}

/** `nearest(id)`: id itself when shown, else its nearest shown ancestor; each id resolved once. */
function nearestShown(shownIds: ReadonlySet<string>, parentOf: (id: string) => string | undefined) {
  const memo = new Map<string, string | undefined>();
  return (start: string): string | undefined => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start;
    let found: string | undefined;
    for (;;) {
      if (id === undefined || onPath.has(id)) break; // the chain ends, or loops with nothing shown
      if (memo.has(id)) {
        found = memo.get(id);
        break;
      }
      if (shownIds.has(id)) {
        found = id;
        break;
      }
      path.push(id);
      onPath.add(id);
      id = parentOf(id);
    }
    for (const walked of path) memo.set(walked, found);
    return found;
  };
}
