/**
 * A story file is brought by whoever writes one (data/story.json, or a visitor's): whatever it
 * holds, parseStory answers with a story or with problems, never a throw, and each problem says
 * where (a path into the file) and what is wrong.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from './story-schema';

const story = JSON.parse(
  readFileSync(new URL('../../../../data/story.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const many = { numRuns: 10_000 };
/** "steps.2.state: …" or "(root): …": a path, a colon, a message of some length. */
const CLEAR = /^(\(root\)|[\w-]+(\.[\w-]+)*): \S.{4,}/;

/** Every [path, value] in a JSON value: where a mutation can land. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
const storyPaths = paths(story).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('parseStory on untrusted input (property)', () => {
  it('the story as shipped is valid', () => {
    expect(parseStory(story)).toMatchObject({ ok: true });
  });

  it('any JSON value: a story or clear problems, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseStory(json);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem).toMatch(CLEAR);
        }
      }),
      many,
    );
  }, 120_000);

  it('one field of a real story changed to anything: never a throw, and a problem names that field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...storyPaths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const result = parseStory(setAt(story, path, value));
        if (result.ok) return;
        for (const problem of result.problems) expect(problem).toMatch(CLEAR);
        // The problem is reported at the changed field or at one of its parents (a title that lost
        // its `en`, a step array that became an object, a duplicate id found by the story's check).
        const named = result.problems.some((problem) => {
          const at = problem.slice(0, problem.indexOf(': '));
          const changed = path.join('.');
          return at === '(root)' || changed.startsWith(at) || at.startsWith(changed);
        });
        expect(named, `${path.join('.')} -> ${JSON.stringify(value)}: ${result.problems.join('; ')}`).toBe(
          true,
        );
      }),
      many,
    );
  }, 120_000);

  it('a step state with any query string: never a throw, and a bad parameter is named with its value', () => {
    const steps = story.steps as Record<string, unknown>[];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.tuple(
                fc.constantFrom('site', 'date', 'panels', 'view', 'lang', 'present', 'x'),
                fc.string(),
              ),
              { maxLength: 5 },
            )
            .map((pairs) => new URLSearchParams(pairs).toString()),
        ),
        (state) => {
          const result = parseStory({ ...story, steps: [{ ...steps[0], state }] });
          if (result.ok) return;
          for (const problem of result.problems) expect(problem).toMatch(/^steps\.0\.state: ".*": \S/);
        },
      ),
      many,
    );
  }, 120_000);
});
