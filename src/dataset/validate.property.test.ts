import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAtlasText } from './parse-atlas';
import { validateAtlas } from './validate';

// The dataset validator meets hostile input (`?data=`). Whatever comes in, it never
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

/**
 * A small slice of the real atlas that is still a valid atlas: the first record of every list,
 * then every record whose references dangle is dropped until the validator accepts it. Ten
 * thousand mutations of it cost what a thousand of the whole atlas do.
 */
function realSlice(atlas: Record<string, unknown>): Record<string, unknown> {
  const slice: Record<string, unknown> = { ...atlas };
  for (const [key, value] of Object.entries(atlas)) {
    if (Array.isArray(value) && key !== 'sources') slice[key] = value.slice(0, 1);
  }
  for (let round = 0; round < 20; round++) {
    const result = validateAtlas(slice);
    if (result.ok) return slice;
    for (const problem of result.problems) {
      const [, key, index] = /^(\w+)\[(\d+)\]/.exec(problem.path) ?? [];
      if (!key) throw new Error(`the slice has a problem outside a record: ${problem.path}`);
      (slice[key] as unknown[])[Number(index)] = undefined;
    }
    for (const [key, value] of Object.entries(slice))
      if (Array.isArray(value)) slice[key] = value.filter((item) => item !== undefined);
  }
  throw new Error('no valid slice of the real atlas');
}
const slice = realSlice(real);
const slicePaths = leaves(slice);

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

type Node = Record<string | number, unknown>;
const shallow = (node: unknown): Node =>
  (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Node) }) as Node;

/** `root` with `value` at `path`: only the nodes along the path are copied, `root` is untouched. */
function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = shallow(root);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] = shallow(node[key]);
  node[path[path.length - 1]!] = value;
  return copy;
}

const mutationProperty = (atlas: unknown, atlasPaths: (string | number)[][]) =>
  fc.property(fc.constantFrom(...atlasPaths), nasty, (path, value) => {
    const mutated = withValueAt(atlas, path, value);
    const result = validateAtlas(mutated);
    if (result.ok) expect(validateAtlas(JSON.parse(JSON.stringify(result.atlas))).ok).toBe(true);
    else expect(result.problems.length).toBeGreaterThan(0);
  });

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

  it('the slice of the real atlas is a valid atlas with a record of every kind', () => {
    expect(validateAtlas(slice).ok).toBe(true);
    for (const [key, value] of Object.entries(real))
      if (Array.isArray(value)) expect((slice[key] as unknown[]).length, key).toBeGreaterThan(0);
  });

  it('never throws on 10,000 one-field mutations of a slice of the real atlas; what it accepts stays valid', () => {
    fc.assert(mutationProperty(slice, slicePaths), { numRuns: 10_000 });
    // The mutation never touched the slice itself.
    expect(validateAtlas(slice).ok).toBe(true);
  }, 300_000);

  it('never throws on one-field mutations of the whole real atlas; what it accepts stays valid', () => {
    fc.assert(mutationProperty(real, paths), {
      numRuns: Number(process.env.ATLAS_MUTATION_RUNS ?? 1_000),
    });
  }, 300_000);
});
