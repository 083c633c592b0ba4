import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Investment } from '../../dataset/schema';
import { buildInvestmentsModel, type InvestmentsState } from './investments-model';
import { day, exact, inv, rowsOf } from './investments-model.fixtures';
import { investmentTrees } from './investments-tree';

const state: InvestmentsState = {
  asOf: null,
  selectedId: null,
  hoveredId: null,
  groupBy: 'country',
  scale: 'linear',
  includeUnknown: true,
};

/** Figures i0..i{n-1}, i partOf `parents[i]`, counting how often partOf is read. */
function counted(
  parents: readonly (string | undefined)[],
  announced: (i: number) => string = () => '2025-01-01',
) {
  const reads = { count: 0 };
  const investments = parents.map((partOf, i) => {
    const record = inv(`i${i}`, exact(1000 + (i % 7)), { announced: day(announced(i)) });
    if (partOf !== undefined) {
      Object.defineProperty(record, 'partOf', {
        enumerable: true,
        get: () => {
          reads.count++;
          return partOf;
        },
      });
    }
    return record;
  });
  return { investments, reads };
}

const chain = (n: number) => Array.from({ length: n }, (_, i) => (i > 0 ? `i${i - 1}` : undefined));

describe('the investments model on partOf chains', () => {
  it('reads each partOf a bounded number of times for a 3,000-deep chain, and not again on a selection', () => {
    const { investments, reads } = counted(chain(3_000));
    const input = { investments, sites: [], events: [] };
    // A selection, so linking.ts builds its index of links (once per dataset) in this first call too.
    const first = buildInvestmentsModel(input, { ...state, selectedId: 'i5' });
    expect(rowsOf(first).at(-1)).toMatchObject({ id: 'i2999', depth: 2999, parentId: 'i2998' });
    expect(reads.count).toBeLessThan(3_000 * 6);
    const before = reads.count;
    buildInvestmentsModel(input, { ...state, selectedId: 'i10' });
    buildInvestmentsModel(input, { ...state, hoveredId: 'i20', selectedId: 'i10' });
    expect(reads.count).toBe(before);
  });

  it('draws a 50,000-deep chain without overflowing the stack', () => {
    const { investments } = counted(chain(50_000));
    const rows = rowsOf(buildInvestmentsModel({ investments, sites: [] }, state));
    expect(rows).toHaveLength(50_000);
    expect(rows.at(-1)?.depth).toBe(49_999);
  });

  // Reference: the walk per figure the model replaced (quadratic, plainly right).
  function reference(parents: readonly (string | undefined)[], hidden: ReadonlySet<string>) {
    const parentOf = (id: string) => parents[Number(id.slice(1))];
    const known = (id: string) => Number(id.slice(1)) < parents.length;
    const ids = parents.map((_, i) => `i${i}`);
    const inCycle = (self: string) => {
      const seen = new Set<string>();
      for (
        let id = parentOf(self);
        id !== undefined && !seen.has(id);
        id = known(id) ? parentOf(id) : undefined
      ) {
        if (id === self) return true;
        seen.add(id);
      }
      return false;
    };
    const shownParent = (self: string) => {
      if (inCycle(self)) return undefined;
      const seen = new Set<string>();
      for (
        let id = parentOf(self);
        id !== undefined && !seen.has(id);
        id = known(id) ? parentOf(id) : undefined
      ) {
        if (!hidden.has(id) && known(id)) return id;
        seen.add(id);
      }
      return undefined;
    };
    return new Map(ids.filter((id) => !hidden.has(id)).map((id) => [id, shownParent(id)]));
  }

  // Random partOf graphs: chains, trees, loops, self-references, parents that do not exist.
  const graphs = fc.integer({ min: 1, max: 24 }).chain((n) =>
    fc.tuple(
      fc.array(fc.option(fc.integer({ min: 0, max: n + 1 }), { nil: undefined, freq: 3 }), {
        minLength: n,
        maxLength: n,
      }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    ),
  );
  const amount = exact(1);

  it('on 10,000 random partOf graphs, every shown figure once, under its nearest shown ancestor', () => {
    fc.assert(
      fc.property(graphs, ([rawParents, hide]) => {
        const parents = rawParents.map((p) => (p === undefined ? undefined : `i${p}`));
        // Plain records (no fixture helpers): the tree is what this property is about.
        const investments = parents.map(
          (partOf, i) => ({ id: `i${i}`, amount, ...(partOf !== undefined && { partOf }) }) as Investment,
        );
        const hidden = new Set(investments.filter((_, i) => hide[i]).map((i) => i.id));
        const expected = reference(parents, hidden);
        const trees = investmentTrees(investments, hidden);
        // Plain comparisons, one verdict per case: expect() per row made 10,000 cases slow.
        const ids = trees.flatMap((tree) => tree.map((p) => p.investment.id)).sort();
        if (ids.join() !== [...expected.keys()].sort().join()) return false;
        return trees.every(
          (tree) =>
            tree[0]!.parentId === undefined &&
            tree.every((p, index) => {
              if (p.parentId !== expected.get(p.investment.id)) return false;
              if (p.parentId === undefined) return p.depth === 0;
              const parentAt = tree.findIndex((q) => q.investment.id === p.parentId);
              return parentAt >= 0 && parentAt < index && p.depth === tree[parentAt]!.depth + 1;
            }),
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
