import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../../dataset/model';
import { sampleAtlas } from '../../../dataset/sample-atlas';
import { storyProblems } from './story-check';
import { parseStory, stepChart, type Story } from './story-schema';

const text = (s: string) => ({ fr: s, en: s });
const step = (id: string, state: string, cites = [new URLSearchParams(state).get('site') ?? 'x']) => ({
  id,
  title: text(`Title ${id}`),
  caption: text(`Caption ${id}`),
  notes: text(`Notes ${id}`),
  cites,
  state,
});
const story = (...steps: unknown[]) => ({ id: 'test', title: text('A story'), steps });

describe('story schema', () => {
  it('accepts a step whose state is a URL state of selection, date, panels and camera', () => {
    const result = parseStory(
      story(step('a', 'site=essonne&date=2025-02-09&panels=map,investments&view=48,2,5')),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(stepChart(result.story.steps[0]!)).toBe('investments');
  });

  it('rejects an impossible date, a bad camera and a parameter a step may not set', () => {
    const result = parseStory(
      story(step('a', 'site=essonne&date=2025-02-30'), step('b', 'site=essonne&view=99,2,5&lang=fr')),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(/steps\.0\.state: "date=2025-02-30"/);
    expect(result.problems.join('\n')).toMatch(/steps\.1\.state: "view=99,2,5"/);
    expect(result.problems.join('\n')).toMatch(/steps\.1\.state: "lang": a step sets only/);
  });

  it('rejects a missing language, an empty story, unknown fields and duplicate ids', () => {
    const noEnglish = { ...step('a', 'site=essonne'), caption: { fr: 'Légende' } };
    expect(parseStory(story(noEnglish)).ok).toBe(false);
    expect(parseStory(story()).ok).toBe(false);
    expect(parseStory(story({ ...step('a', 'site=essonne'), extra: 1 })).ok).toBe(false);
    const duplicate = parseStory(story(step('a', 'site=essonne'), step('a', 'site=borlange')));
    expect(duplicate.ok ? [] : duplicate.problems).toEqual(['steps.1.id: duplicate id "a"']);
  });
});

describe('story against the dataset', () => {
  const model = buildAtlasModel(sampleAtlas());
  const check = (...steps: unknown[]) => {
    const result = parseStory(story(...steps));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return storyProblems(result.story as Story, model);
  };
  const site = [...model.sitesById.keys()][0]!;
  const other = [...model.sitesById.keys()][1] ?? [...model.investmentsById.keys()][0]!;

  it('passes a story of known records whose views change at every step', () => {
    expect(
      check(step('a', `site=${site}`), step('b', `site=${other}`), step('c', `site=${site}&date=2025-01-01`)),
    ).toEqual([]);
  });

  it('names an unknown id, in the cites or the selection', () => {
    expect(check(step('a', `site=${site}`, [site, 'no-such-record']))).toEqual([
      'steps[0] (a).cites: no record "no-such-record" in the dataset',
    ]);
    expect(check(step('a', 'site=no-such-record', [site]))).toEqual([
      'steps[0] (a).state: no record "no-such-record"',
    ]);
  });

  it('flags a step that shows the same view as the one before, or selects nothing', () => {
    expect(check(step('a', `site=${site}`), step('b', `site=${site}`))).toEqual([
      'steps[1] (b): shows the same view as the step before',
    ]);
    expect(check(step('a', 'date=2025-01-01', [site]))).toEqual([
      'steps[0] (a).state: a step selects the record it cites',
    ]);
  });
});
