import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_STORY_BYTES, loadStoryUrl, readStoryText, storyUrlParam } from './story-url';

const storyText = readFileSync(new URL('../../../../data/story.json', import.meta.url), 'utf8');
const respond =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('storyUrlParam', () => {
  it('reads a path on this site or an https address, like ?data=', () => {
    expect(storyUrlParam('?present=1&story=stories/mine.json')).toEqual({ url: 'stories/mine.json' });
    expect(storyUrlParam('?story=https://example.org/s.json')).toEqual({ url: 'https://example.org/s.json' });
    expect(storyUrlParam('?present=1')).toBeNull();
  });

  it('refuses what ?data= refuses: scripts, other protocols, credentials, another host without a scheme', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:application/json,{}',
      '//evil.example/s.json',
      'https://u:p@h/s.json',
    ])
      expect(storyUrlParam(`?story=${encodeURIComponent(bad)}`)).toEqual({ invalid: bad });
  });
});

describe('loadStoryUrl', () => {
  it('loads and validates a story file', async () => {
    const result = await loadStoryUrl('s.json', respond(storyText));
    expect(result.ok && result.story.id).toBe('mistral-datacenters');
  });

  it('says why a file is not a story: not found, too large, a web page, not JSON, not the schema', async () => {
    expect(
      await loadStoryUrl('s.json', respond('gone', { status: 404, statusText: 'Not Found' })),
    ).toMatchObject({
      ok: false,
      kind: 'fetch',
      failure: { reason: 'http', status: 404 },
    });
    const big = respond('x', { headers: { 'content-length': String(MAX_STORY_BYTES + 1) } });
    expect(await loadStoryUrl('s.json', big)).toMatchObject({
      kind: 'fetch',
      failure: { reason: 'too-large' },
    });
    // A web page (a wrong address answered with the site's index.html) is named as such.
    expect(await loadStoryUrl('s.json', respond('<!doctype html>'))).toMatchObject({
      ok: false,
      kind: 'fetch',
      failure: { reason: 'html' },
    });
    expect(await loadStoryUrl('s.json', respond('{"id": '))).toMatchObject({
      ok: false,
      kind: 'json',
    });
    const wrong = await loadStoryUrl('s.json', respond('{"id":"x","title":{"fr":"","en":"T"},"steps":[]}'));
    expect(wrong).toMatchObject({
      ok: false,
      kind: 'schema',
      problems: ['steps: a story needs at least one step'],
      issues: [{ path: ['steps'], message: 'a story needs at least one step' }],
    });
  });

  it('keeps markup in a story as text (the schema does not strip or interpret it)', () => {
    const story = JSON.parse(storyText) as { title: { en: string } };
    story.title.en = '<img src=x onerror=alert(1)>';
    const result = readStoryText(JSON.stringify(story));
    expect(result.ok && result.story.title.en).toBe('<img src=x onerror=alert(1)>');
  });
});
