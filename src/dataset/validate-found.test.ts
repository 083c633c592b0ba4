// What validateAtlas says it found where the schema expected something else: each kind of value
// in its own words, a long text cut at 40 characters, and unsafe text reported beside the rest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from './validate';
import type { Problem } from './problem';

type Draft = Record<string, unknown> & { sites: Record<string, unknown>[] };

function minimal(): Draft {
  return JSON.parse(
    readFileSync(new URL('../../data/fixtures/valid-minimal.json', import.meta.url), 'utf8'),
  ) as Draft;
}

function problems(edit: (draft: Draft) => void): Problem[] {
  const draft = minimal();
  edit(draft);
  const result = validateAtlas(draft);
  return result.ok ? [] : result.problems;
}

const at = (list: Problem[], path: string) => list.find((problem) => problem.path === path);

describe('validateAtlas: what it found', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an array', ['0.0.1']],
    ['an object', { major: 0 }],
    ['number 1', 1],
    ['boolean true', true],
  ])('says %s for a version that is not text', (found, version) => {
    expect(
      at(
        problems((d) => void (d.version = version)),
        'version',
      ),
    ).toEqual({
      path: 'version',
      message: 'wrong type',
      expected: 'string',
      found,
    });
  });

  it('quotes a text in full up to 40 characters, and cuts a longer one there', () => {
    const forty = 'x'.repeat(40);
    const lat = (value: string) =>
      at(
        problems((d) => void ((d.sites[0]!.location as Record<string, unknown>).lat = value)),
        'sites[0].location.lat',
      )?.found;
    expect(lat(forty)).toBe(JSON.stringify(forty));
    expect(lat(`${forty}y`)).toBe(JSON.stringify(`${forty}…`));
  });

  it('names a value that is not an object by its kind', () => {
    expect(
      at(
        problems((d) => void (d.sites = [7 as never])),
        'sites[0]',
      ),
    ).toEqual({
      path: 'sites[0]',
      message: 'wrong type',
      expected: 'object',
      found: 'number 7',
    });
    const deep = problems((d) => void (d.sites[0]!.location = 'Paris'));
    expect(at(deep, 'sites[0].location')?.found).toBe('"Paris"');
  });

  it('keeps the schema’s own message, and no expected or found, for a rule that is not a type', () => {
    expect(
      at(
        problems((d) => void (d.sites[0]!.name = { fr: '', en: 'Essonne' })),
        'sites[0].name.fr',
      ),
    ).toEqual({
      path: 'sites[0].name.fr',
      message: 'Too small: expected string to have >=1 characters',
    });
  });

  it('reports unsafe text first, then the schema’s problems', () => {
    const list = problems((d) => {
      d.sites[0]!.operator = 'Mistral\u202eIA';
      d.version = 1;
    });
    expect(list.map((problem) => problem.path)).toEqual(['sites[0].operator', 'version']);
  });

  it('reports unsafe text alone in a file the schema accepts, and skips the integrity checks', () => {
    const list = problems((d) => {
      d.sites[0]!.operator = 'Mistral\u202eIA';
      (d.sites[0]!.location as Record<string, unknown>).lat = 10;
    });
    expect(list.map((problem) => problem.path)).toEqual(['sites[0].operator']);
  });

  it('answers the integrity checks’ problems for a file the schema accepts', () => {
    const list = problems((d) => void ((d.sites[0]!.location as Record<string, unknown>).lat = 10));
    expect(list.map((problem) => problem.path)).toEqual(['sites[0].location.lat']);
  });
});
