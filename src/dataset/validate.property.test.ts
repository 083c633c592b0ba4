import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAtlasText } from './parse-atlas';
import { validateAtlas } from './validate';

// Issue 17: the dataset validator meets hostile input (`?data=`). Whatever comes in, it never
// throws, and what it accepts is a dataset it accepts again (the state stays valid).
const realText = readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8');
const real = JSON.parse(realText) as Record<string, unknown>;

/** Every [path, value] of the real atlas, so mutations hit real fields at every depth. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k]),
    );
  }
  return [path];
}
const paths = leaves(real);

const nasty = fc.oneof(
  fc.constantFrom(
    null,
    '',
    '\u202Eevil',
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    -1,
    1e308,
    NaN,
    [],
    {},
    '__proto__',
    'x'.repeat(6000),
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('validateAtlas properties', () => {
  it('never throws on arbitrary JSON, and refuses it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (json) => {
        expect(validateAtlas(json).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        parseAtlasText(text);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('never throws on one-field mutations of the real atlas; what it accepts stays valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), nasty, (path, value) => {
        const mutated = withValueAt(real, path, value);
        const result = validateAtlas(mutated);
        if (result.ok) expect(validateAtlas(JSON.parse(JSON.stringify(result.atlas))).ok).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.ATLAS_MUTATION_RUNS ?? 1_000) },
    );
  }, 300_000);
});
