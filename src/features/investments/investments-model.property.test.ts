import { describe, expect, it } from 'vitest';
import fc from 'fast-check';

import { exact, atLeast, range, unspecified, inv, build, rowsOf, only } from './investments-model.fixtures';

describe('properties', () => {
  const units = ['EUR', 'USD', 'XXX'] as const;
  const amount = fc.oneof(
    fc
      .record({ unit: fc.constantFrom(...units), value: fc.integer({ min: 0, max: 1e6 }) })
      .map((a) => exact(a.value, a.unit)),
    fc.integer({ min: 1, max: 1e6 }).map((min) => ({ ...atLeast(min), unit: 'USD' as const })),
    fc.integer({ min: 1, max: 1e6 }).map(atLeast),
    fc
      .tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }))
      .map(([a, b]) => range(Math.min(a, b), Math.max(a, b))),
    fc.constant(unspecified),
  );
  // partOf only points to an earlier figure, so the generated nesting is a forest of any depth.
  const forest = fc
    .array(fc.tuple(amount, fc.nat(), fc.boolean(), fc.constantFrom('FR', 'DE')), { maxLength: 12 })
    .map((specs) =>
      specs.map(([a, parent, nested, country], i) =>
        inv(`i${i}`, a, { country, ...(nested && i > 0 && { partOf: `i${parent % i}` }) }),
      ),
    );

  it('every figure is drawn once, right after its parent or a sibling’s subtree, bars inside the domain', () => {
    fc.assert(
      fc.property(
        forest,
        fc.constantFrom('linear', 'log') as fc.Arbitrary<'linear' | 'log'>,
        (list, scale) => {
          const model = build({ scale, groupBy: 'investor' }, only(...list));
          const rows = rowsOf(model);
          expect(rows.map((r) => r.id).sort()).toEqual(list.map((i) => i.id).sort());
          for (const group of model.groups) {
            group.rows.forEach((r, index) => {
              if (r.parentId === undefined) return expect(r.depth).toBe(0);
              const parentIndex = group.rows.findIndex((p) => p.id === r.parentId);
              expect(parentIndex).toBeGreaterThanOrEqual(0);
              expect(parentIndex).toBeLessThan(index);
              expect(
                group.rows
                  .slice(parentIndex + 1, index)
                  .every((between) => between.depth > group.rows[parentIndex]!.depth),
              ).toBe(true);
              expect(r.depth).toBe(group.rows[parentIndex]!.depth + 1);
            });
          }
          const [min, max] = model.domain;
          expect(min).toBeLessThan(max);
          if (scale === 'log') expect(min).toBeGreaterThan(0);
          for (const r of rows) {
            if (r.barStart === null || r.barEnd === null) continue;
            expect(r.barStart).toBeGreaterThanOrEqual(min);
            expect(r.barEnd).toBeLessThanOrEqual(max);
            expect(r.barStart).toBeLessThanOrEqual(r.barEnd);
          }
        },
      ),
    );
  });
});
