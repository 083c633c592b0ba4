import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Atlas } from './schema';
import { checkIntegrity } from './integrity';
import { textInEnglish } from './problem-phrase';

const load = (file: string): Atlas =>
  atlasSchema.parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));

describe('a date of certainty "external"', () => {
  it('fails on a record that lists no external reference', () => {
    const atlas = load('../../data/fixtures/valid-minimal.json');
    const investment = atlas.investments[0]!;
    investment.announced = { ...investment.announced, certainty: 'external' };
    investment.external = [];
    expect(checkIntegrity(atlas).map((p) => p.path)).toContain('investments[0].announced.certainty');
  });

  it('passes in the atlas as published', () => {
    const problems = checkIntegrity(load('../../data/atlas.json')).filter((p) =>
      textInEnglish(p.message).startsWith('a date from an external reference'),
    );
    expect(problems).toEqual([]);
  });
});
