import { describe, expect, it } from 'vitest';
import { buildSnippet } from './embed-snippet';
import { DEFAULT_URL_STATE } from '../../url-state/url-state';

const options = {
  baseUri: 'https://atlas.example/sub/index.html',
  view: DEFAULT_URL_STATE,
  panels: ['map', 'details'] as const,
  lang: 'fr' as const,
  theme: 'auto' as const,
  height: { mode: 'fixed' as const, px: 600 },
  title: 'Atlas',
};

describe('buildSnippet: a pinned dataset version', () => {
  it('adds version= to the iframe address, after the view, keeping its readable commas', () => {
    const { url, html } = buildSnippet({ ...options, version: '1.2.0' });
    expect(url).toBe('https://atlas.example/sub/?lang=fr&panels=map,details&embed=1&version=1.2.0');
    expect(html).toContain(
      'src="https://atlas.example/sub/?lang=fr&amp;panels=map,details&amp;embed=1&amp;version=1.2.0"',
    );
  });

  it('follows the latest data when no version is given', () => {
    expect(buildSnippet(options).url).not.toContain('version=');
  });
});
