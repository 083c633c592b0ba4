import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './zod-config';
import { z } from 'zod';
import { atlasSchema } from './schema';
import { fastParse, INVALID } from './fast-parse';
import { sampleAtlas } from './sample-atlas';

// The fast path must answer exactly as zod does: the same verdict, and zod's output when valid.
const real = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

function agree(schema: z.ZodType, value: unknown) {
  const zod = schema.safeParse(value);
  const fast = fastParse(schema, value);
  expect(
    fast === INVALID,
    `fast ${fast === INVALID ? 'refused' : 'accepted'}, zod ${zod.success ? 'accepted' : 'refused'}`,
  ).toBe(!zod.success);
  if (zod.success) expect(fast).toStrictEqual(zod.data);
}

/** Every path to a record field of the real atlas, at every depth. */
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [path];
  const entries = Object.entries(value).map(([k, v]) =>
    paths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
  return [path, ...entries.flat()];
}
const realPaths = paths(real).filter((path) => path.length > 0);

function withChange(
  root: unknown,
  path: (string | number)[],
  change: (node: Record<string | number, unknown>, key: string | number) => void,
) {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  change(node, path[path.length - 1]!);
  return copy;
}

describe('fastParse', () => {
  it('accepts the real atlas and the sample atlas with zod output', () => {
    agree(atlasSchema, real);
    agree(atlasSchema, sampleAtlas());
  });

  it('fills defaults as zod does, without touching its input', () => {
    const atlas = structuredClone(real) as { sites: Record<string, unknown>[]; changelog?: unknown };
    delete atlas.sites[0]!.partners;
    delete atlas.sites[0]!.citations;
    delete atlas.changelog;
    const before = structuredClone(atlas);
    agree(atlasSchema, atlas);
    const out = fastParse(atlasSchema, atlas) as { sites: { partners: unknown[] }[]; changelog: unknown[] };
    expect(out.sites[0]!.partners).toEqual([]);
    expect(out.changelog).toEqual([]);
    expect(atlas).toStrictEqual(before);
  });

  it('refuses an unknown key in a strict object, a wrong type and a failed refinement', () => {
    const unknownKey = withChange(real, ['sites', 0, 'location'], (node, key) => {
      (node[key] as Record<string, unknown>).altitude = 3;
    });
    expect(fastParse(atlasSchema, unknownKey)).toBe(INVALID);
    expect(
      fastParse(
        atlasSchema,
        withChange(real, ['sites', 0, 'location', 'lat'], (n, k) => (n[k] = '48')),
      ),
    ).toBe(INVALID);
    // superRefine on dates: a range ending before it starts.
    const backwards = { start: '2025-03', end: '2025-01', precision: 'range', certainty: 'stated' };
    expect(
      fastParse(
        atlasSchema,
        withChange(real, ['events', 0, 'date'], (n, k) => (n[k] = backwards)),
      ),
    ).toBe(INVALID);
  });

  it('strips unknown keys of a non-strict object and keeps optional and nullable as zod does', () => {
    const schema = z.object({
      a: z.string(),
      b: z.number().nullable().optional(),
      c: z.array(z.boolean()).default([]),
    });
    for (const value of [
      { a: 'x', extra: 1 },
      { a: 'x', b: null },
      { a: 'x', b: undefined },
      { a: 'x', c: [true] },
      { a: 1 },
      { b: 2 },
      null,
      [],
      'x',
    ])
      agree(schema, value);
  });

  it('agrees with zod on 3,000 one-field mutations of the real atlas', () => {
    const nasty = fc.oneof(
      fc.constantFrom(
        undefined,
        null,
        '',
        'x',
        '2025-02-30',
        '2025-13',
        -1,
        200,
        1e308,
        NaN,
        true,
        [],
        {},
        'DELETE',
        'EXTRA',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...realPaths), nasty, (path, value) => {
        const mutated = withChange(real, path, (node, key) => {
          if (value === 'DELETE') delete node[key];
          else if (
            value === 'EXTRA' &&
            node[key] &&
            typeof node[key] === 'object' &&
            !Array.isArray(node[key])
          )
            (node[key] as Record<string, unknown>).extra = 1;
          else node[key] = value;
        });
        agree(atlasSchema, mutated);
      }),
      { numRuns: 3_000 },
    );
  }, 300_000);
});
