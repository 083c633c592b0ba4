import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from './validate';
import type { Problem } from './problem';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/fixtures/${name}.json`, import.meta.url), 'utf8'));

function problemsOf(name: string): Problem[] {
  const result = validateAtlas(fixture(name));
  return result.ok ? [] : result.problems;
}

describe('validateAtlas on fixtures', () => {
  it('accepts the minimal valid dataset and fills defaults', () => {
    const result = validateAtlas(fixture('valid-minimal'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.atlas.sites[0]?.external).toEqual([]);
  });

  it.each([
    ['missing-field', 'sites[0].operator', 'string', 'nothing'],
    ['text-for-number', 'sites[0].location.lat', 'number', '"48.52"'],
    [
      'min-greater-than-max',
      'investments[0].amount.min',
      'a number <= max (2000000000)',
      'number 5000000000',
    ],
    ['value-on-vague', 'investments[0].amount.value', 'no value', 'number 2000000000'],
    ['dangling-id', 'events[0].site', 'the id of a site', '"borlange"'],
    ['duplicate-id', 'facts[0].id', 'a unique id', undefined],
    ['outside-europe', 'sites[0].location.lat', '34..72', '12.5'],
    ['missing-citation', 'investments[0].citations', 'at least 1 citation or external reference', 'none'],
    ['partof-cycle', 'investments[0].partOf', 'a chain of partOf that ends', '"essonne-datacenter"'],
  ])('%s: reports %s', (name, path, expected, found) => {
    const problems = problemsOf(name);
    expect(problems.map((p) => p.path)).toContain(path);
    const problem = problems.find((p) => p.path === path);
    expect(problem?.expected).toBe(expected);
    if (found !== undefined) expect(problem?.found).toBe(found);
  });

  it('reports every schema problem, not the first', () => {
    const paths = problemsOf('many-problems').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['sites[0].operator', 'sites[0].location.lat']));
  });

  it('never throws on garbage', () => {
    for (const input of [null, 42, 'atlas', [], { version: 1 }]) {
      expect(validateAtlas(input).ok).toBe(false);
    }
  });
});

describe('dates and quantities', () => {
  const withPublished = (published: unknown) => {
    const data = fixture('valid-minimal') as { sources: { published: unknown }[] };
    data.sources[0]!.published = published;
    return validateAtlas(data);
  };

  it('compares partial dates as whole periods', () => {
    const ok = withPublished({
      start: '2025-02-09',
      end: '2025-02',
      precision: 'range',
      certainty: 'inferred',
    });
    expect(ok.ok).toBe(true);
    const bad = withPublished({
      start: '2025-02-09',
      end: '2025-01',
      precision: 'range',
      certainty: 'inferred',
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toContain('sources[0].published.end');
  });

  it('rejects impossible days, ranges without an end, contested dates without a note, wrong precision', () => {
    const cases: [unknown, string][] = [
      [{ start: '2025-02-30', precision: 'day', certainty: 'stated' }, 'sources[0].published.start'],
      [{ start: '2025-02', precision: 'range', certainty: 'inferred' }, 'sources[0].published.end'],
      [{ start: '2024', precision: 'year', certainty: 'contested' }, 'sources[0].published.note'],
      [{ start: '2025-02', precision: 'day', certainty: 'stated' }, 'sources[0].published.start'],
    ];
    for (const [published, path] of cases) {
      const result = withPublished(published);
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(path);
    }
  });
});
