import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Atlas, type Investment } from './schema';
import { checkIntegrity } from './integrity';
import { textInEnglish } from './problem-phrase';

const base: Atlas = atlasSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/fixtures/valid-minimal.json', import.meta.url), 'utf8')),
);
const template = base.investments[0]!;

/** Investments i0..i{n-1}, each partOf the id `parent(i)` names, that count how often partOf is read. */
function counted(n: number, parent: (i: number) => string | undefined) {
  const reads = { count: 0 };
  const investments = Array.from({ length: n }, (_, i): Investment => {
    const record = { ...template, id: `i${i}` } as Investment;
    delete record.partOf;
    const partOf = parent(i);
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
  return { atlas: { ...base, investments }, reads };
}

const cycleProblems = (atlas: Atlas) =>
  checkIntegrity(atlas)
    .filter((p) => textInEnglish(p.message).startsWith('partOf forms a cycle'))
    .map((p) => `${p.path} ${textInEnglish(p.message)}`);

describe('checkIntegrity on partOf chains', () => {
  // The check walks each chain once: reads of partOf grow with the number of records, not with
  // the square of the chain's length (a 16,000-deep chain once froze the tab for half a minute).
  it('reads each partOf a bounded number of times in a 3,000-deep chain', () => {
    const { atlas, reads } = counted(3_000, (i) => (i > 0 ? `i${i - 1}` : undefined));
    expect(cycleProblems(atlas)).toEqual([]);
    expect(reads.count).toBeLessThan(3_000 * 6);
  });

  it('names the loop each record runs into: itself on the loop, the entry for a tail', () => {
    // i0 -> i1 -> i2 -> i0 is a loop; i3 -> i4 -> i1 runs into it at i1; i5 -> i6 ends.
    const parents = ['i1', 'i2', 'i0', 'i4', 'i1', 'i6', undefined];
    const { atlas } = counted(parents.length, (i) => parents[i]);
    expect(cycleProblems(atlas)).toEqual([
      'investments[0].partOf partOf forms a cycle through "i0"',
      'investments[1].partOf partOf forms a cycle through "i1"',
      'investments[2].partOf partOf forms a cycle through "i2"',
      'investments[3].partOf partOf forms a cycle through "i1"',
      'investments[4].partOf partOf forms a cycle through "i1"',
    ]);
  });

  it('a self-reference is a loop; a parent that does not exist ends the chain', () => {
    const parents = ['i0', 'ghost', 'i1'];
    const { atlas } = counted(parents.length, (i) => parents[i]);
    expect(cycleProblems(atlas)).toEqual(['investments[0].partOf partOf forms a cycle through "i0"']);
  });

  // Reference: the walk per record that the check replaced, quadratic but plainly right.
  function slowLoops(parents: readonly (number | undefined)[]): Map<number, string> {
    const result = new Map<number, string>();
    parents.forEach((start, i) => {
      if (start === undefined) return;
      const visited = new Set([i]);
      for (let next: number | undefined = start; next !== undefined; next = parents[next]) {
        const after = parents[next];
        if (after === undefined) break;
        if (visited.has(after)) {
          result.set(i, `i${after}`);
          break;
        }
        visited.add(next);
      }
    });
    return result;
  }

  // Random partOf graphs: chains, trees, loops, self-references, dangling parents.
  const graph = fc.integer({ min: 1, max: 40 }).chain((n) =>
    fc.array(fc.option(fc.integer({ min: 0, max: n + 2 }), { nil: undefined, freq: 3 }), {
      minLength: n,
      maxLength: n,
    }),
  );

  it('finds exactly the loops a walk per record finds, on 10,000 random partOf graphs', () => {
    fc.assert(
      fc.property(graph, (raw) => {
        // Ids past the end name no record: a dangling partOf.
        const parents = raw.map((p) => p);
        const { atlas } = counted(parents.length, (i) =>
          parents[i] === undefined ? undefined : `i${parents[i]}`,
        );
        const expected = [
          ...slowLoops(parents.map((p) => (p !== undefined && p < parents.length ? p : undefined))),
        ]
          .sort(([a], [b]) => a - b)
          .map(([i, through]) => `investments[${i}].partOf partOf forms a cycle through "${through}"`);
        expect(cycleProblems(atlas)).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });
});
