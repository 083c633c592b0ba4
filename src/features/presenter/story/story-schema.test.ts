import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../../dataset/model';
import { sampleAtlas } from '../../../dataset/sample-atlas';
import { storyMissingIds, storyProblems } from './story-check';
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

describe('story schema: what an editor writes', () => {
  it('lets one language of a title stay empty, never both; caption and notes may be empty', () => {
    const englishOnly = { ...step('a', 'site=essonne'), title: { fr: '', en: 'Only English' } };
    const blank = { fr: '', en: '' };
    expect(parseStory(story({ ...englishOnly, notes: blank, caption: blank })).ok).toBe(true);
    const neither = parseStory(story({ ...englishOnly, title: { fr: ' ', en: '' } }));
    expect(neither.ok ? [] : neither.problems).toEqual([
      'steps.0.title: write it in French or English (or both)',
    ]);
  });

  it('accepts a step with no cited record (a view of Europe) and chart settings in its state', () => {
    expect(parseStory(story(step('a', 'panels=map,investments&group=investor&scale=log', []))).ok).toBe(true);
  });

  it('accepts a few labels pinned to a record or a point, and refuses a bad pin or too many', () => {
    const label = (en: string) => ({ fr: '', en });
    const pinned = (annotations: unknown[]) => ({ ...step('a', 'site=essonne'), annotations });
    expect(
      parseStory(
        story(
          pinned([
            { label: label('Here'), pin: { record: 'essonne' } },
            { label: label('There'), pin: { lat: 48.6, lon: 2.3 } },
          ]),
        ),
      ).ok,
    ).toBe(true);
    const bad = parseStory(story(pinned([{ label: label('Off the map'), pin: { lat: 91, lon: 2 } }])));
    expect(bad.ok ? [] : bad.problems.join('\n')).toMatch(/steps\.0\.annotations\.0\.pin/);
    const many = Array.from({ length: 6 }, () => ({ label: label('x'), pin: { record: 'essonne' } }));
    expect(parseStory(story(pinned(many))).ok).toBe(false);
    const long = [{ label: label('x'.repeat(61)), pin: { record: 'essonne' } }];
    expect(parseStory(story(pinned(long))).ok).toBe(false);
  });

  it('refuses text that would flip the reading direction or hide control characters', () => {
    const flipped = { ...step('a', 'site=essonne'), caption: { fr: 'ok', en: 'evil \u202E txt' } };
    const result = parseStory(story(flipped));
    expect(result.ok ? [] : result.problems).toEqual([
      'steps.0.caption.en: contains a bidirectional override (U+202E)',
    ]);
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

  it('lists each missing id once, with the steps it affects (cited, selected or pinned)', () => {
    const pin = { label: { fr: '', en: 'Gone' }, pin: { record: 'gone-too' } };
    const result = parseStory(
      story(
        step('a', 'site=no-such-site', ['no-such-site']),
        step('b', `site=${site}`, [site, 'no-such-site']),
        { ...step('c', `site=${other}`), annotations: [pin] },
      ),
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(storyMissingIds(result.story, model)).toEqual([
      { id: 'no-such-site', steps: [1, 2] },
      { id: 'gone-too', steps: [3] },
    ]);
  });
});
