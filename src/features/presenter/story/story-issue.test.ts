import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import type { Lang } from '../../../i18n/languages';
import storyJson from '../../../../data/story.json';
import { parseStory } from './story-schema';
import { describeStoryIssue, issuePlace } from './story-issue';

/** The built-in story with a few mistakes a writer makes by hand. */
function brokenStory(): unknown {
  const story = structuredClone(storyJson) as unknown as {
    title: unknown;
    steps: Record<string, unknown>[];
  };
  story.steps[3]!.state = 'view=48.5,2.3,30';
  (story.steps[3]!.title as Record<string, string>).fr = 'x'.repeat(200);
  story.steps[1]!.annotations = [{ label: { fr: '', en: '' }, pin: { lat: 'a' } }];
  story.steps[2]!.extra = 1;
  story.steps[0]!.cites = ['Bad Id'];
  return story;
}

function lines(lang: Lang): string[] {
  const result = parseStory(brokenStory());
  if (result.ok) throw new Error('the broken story passed');
  const { t } = createI18n(lang);
  return result.issues.map((issue) =>
    describeStoryIssue(issue, (key, options) => String(t(`stories:${key}` as never, options as never))),
  );
}

describe('a story file problem, in its writer’s words', () => {
  it('counts steps and labels from 1 and names the field as the editor does', () => {
    expect(lines('en')).toEqual([
      'Step 1, Cited record 1: a kebab-case id (a-z, 0-9, single hyphens)',
      'Step 2, Label 1: write it in French or English (or both)',
      'Step 2, Label 1, Pin: pin it to a record ({"record": "an-id"}) or to a point ({"lat": 48.6, "lon": 2.3})',
      'Step 3: "extra" is not a field of a story file',
      'Step 4, Title (French): at most 120 characters',
      'Step 4, View: "view=48.5,2.3,30": zoom must be between 0 and 22',
    ]);
  });

  it('says it in French for a French reader', () => {
    expect(lines('fr')).toContain('Étape 4, Titre (français)\u00a0: 120 caractères au plus');
    expect(lines('fr')).toContain(
      'Étape 2, Étiquette 1\u00a0: écrivez-la en français ou en anglais (ou les deux)',
    );
  });

  it('never shows a schema path', () => {
    for (const line of [...lines('en'), ...lines('fr')]) expect(line).not.toMatch(/steps\.\d|\.\d+\./);
  });

  it('places the story’s own fields and a missing field', () => {
    expect(issuePlace(['title', 'en'])).toMatchObject({ step: null, field: 'storyTitle', lang: 'en' });
    expect(issuePlace(['steps', 6, 'annotations', 1, 'pin', 'lon'])).toMatchObject({
      step: 7,
      label: 2,
      field: 'pin',
      coordinate: 'lon',
    });
    const result = parseStory({ id: 'x', title: { fr: 'a', en: 'b' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { t } = createI18n('en');
    expect(
      result.issues.map((issue) =>
        describeStoryIssue(issue, (key, o) => String(t(`stories:${key}` as never, o as never))),
      ),
    ).toEqual(['Steps: missing']);
  });
});
