/** The real data/story.json against the real data/atlas.json (part of `npm test`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../../dataset/model';
import { storyProblems } from './story-check';
import { parseStory } from './story-schema';
import { validateAtlas } from '../../../dataset/validate';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../data/${name}`, import.meta.url), 'utf8'));

describe('data/story.json', () => {
  const parsed = parseStory(readJson('story.json'));

  it('passes the story schema', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('names only records of data/atlas.json, and no step repeats the one before', () => {
    const atlas = validateAtlas(readJson('atlas.json'));
    if (!atlas.ok || !parsed.ok) throw new Error('the dataset or the story does not validate');
    expect(storyProblems(parsed.story, buildAtlasModel(atlas.atlas))).toEqual([]);
  });

  it('tells the story in six to eight steps', () => {
    if (!parsed.ok) throw new Error('the story does not validate');
    expect(parsed.story.steps.length).toBeGreaterThanOrEqual(6);
    expect(parsed.story.steps.length).toBeLessThanOrEqual(8);
  });
});
