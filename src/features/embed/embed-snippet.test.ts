// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../../url-state/url-state';
import { parseUrlState } from '../../url-state/url-codec';
import { buildSnippet, clampHeight, embedUrl, escapeAttribute, type SnippetOptions } from './embed-snippet';

const view: UrlState = {
  ...DEFAULT_URL_STATE,
  site: 'borlange',
  date: '2025-03-01',
  view: { lat: 48.7, lon: 2.2, zoom: 9 },
  present: 3,
  origin: 'https://news.example.org',
};

function options(overrides: Partial<SnippetOptions> = {}): SnippetOptions {
  return {
    baseUri: 'https://atlas.example.org/tools/atlas/index.html?site=essonne#x',
    view,
    panels: ['map', 'details'],
    lang: 'fr',
    theme: 'dark',
    height: { mode: 'fixed', px: 500 },
    title: 'Compute Atlas',
    ...overrides,
  };
}

describe('embedUrl', () => {
  it('is absolute, in the app directory, and keeps the view with embed=1', () => {
    expect(embedUrl(options())).toBe(
      'https://atlas.example.org/tools/atlas/?site=borlange&date=2025-03-01&lang=fr&theme=dark&panels=map,details&view=48.7,2.2,9&embed=1',
    );
  });

  it('drops the presenter step and the origin, and round-trips through the codec', () => {
    const url = new URL(embedUrl(options({ lang: null, theme: 'auto' })));
    const { value, problems } = parseUrlState(url.search);
    expect(problems).toEqual([]);
    expect(value).toEqual({ ...view, panels: ['map', 'details'], embed: true, present: null, origin: null });
  });

  it('writes the panels in the order given', () => {
    const url = embedUrl(options({ panels: ['details', 'timeline', 'map'] }));
    expect(new URL(url).searchParams.get('panels')).toBe('details,timeline,map');
  });
});

describe('buildSnippet', () => {
  it('fixed height: no data attribute, no script, the height in px', () => {
    const { html, url } = buildSnippet(options());
    expect(html).not.toContain('data-compute-atlas');
    expect(html).not.toContain('<script');
    expect(html).toContain('height: 500px');
    expect(html).toContain(`src="${url.replace(/&/g, '&amp;')}"`);
  });

  it('automatic height: data-compute-atlas and the deferred embed.js from the app directory', () => {
    const { html } = buildSnippet(options({ height: { mode: 'auto', initialPx: 640 } }));
    const lines = html.split('\n');
    expect(lines[1]).toBe('  data-compute-atlas');
    expect(html).toContain('height: 640px');
    expect(lines.at(-1)).toBe('<script src="https://atlas.example.org/tools/atlas/embed.js" defer></script>');
  });

  it('escapes attribute values, so a title or URL cannot close the attribute', () => {
    const { html } = buildSnippet(options({ title: `Atlas "IA" <b>&'` }));
    expect(html).toContain(`title="Atlas &quot;IA&quot; &lt;b&gt;&amp;'"`);
    expect(html).toMatch(/src="[^"]*&amp;lang=fr&amp;[^"]*"/);
    expect(html).not.toMatch(/src="[^"]*&(?!amp;)[^"]*"/);
  });

  it('the snippet parses back to the intended iframe', () => {
    const { html, url } = buildSnippet(options({ title: 'A "quoted" & <tagged> title' }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('src')).toBe(url);
    expect(frames[0]!.getAttribute('title')).toBe('A "quoted" & <tagged> title');
  });
});

describe('buildSnippet for a host page with a strict CSP', () => {
  it('no inline style: a class, with the same rules as a stylesheet', () => {
    const { html, css } = buildSnippet(options({ strictCsp: true }));
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
    expect(frame.hasAttribute('style')).toBe(false);
    expect(html).not.toMatch(/\sstyle=/);
    expect(frame.getAttribute('class')).toBe('compute-atlas');
    expect(css).toBe(
      ['.compute-atlas {', '  width: 100%;', '  height: 500px;', '  border: 0;', '}'].join('\n'),
    );
  });

  it('automatic height keeps data-compute-atlas and embed.js; the stylesheet gives the starting height', () => {
    const { html, css } = buildSnippet(
      options({ strictCsp: true, height: { mode: 'auto', initialPx: 720 } }),
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('iframe[data-compute-atlas].compute-atlas:not([style])')).not.toBeNull();
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(
      'https://atlas.example.org/tools/atlas/embed.js',
    );
    expect(css).toMatch(/^ {2}height: 720px; \/\*/m);
  });

  it('without the option: the inline style, and no stylesheet', () => {
    const snippet = buildSnippet(options());
    expect(snippet.html).toContain('style="width: 100%; height: 500px; border: 0"');
    expect(snippet.css).toBeUndefined();
  });
});

describe('escapeAttribute', () => {
  it('escapes what could end a double-quoted attribute or look like a tag, and leaves the rest', () => {
    expect(escapeAttribute(`a&b"c'd<e>f é,/:`)).toBe(`a&amp;b&quot;c'd&lt;e&gt;f é,/:`);
  });
});

describe('clampHeight', () => {
  it.each([
    [500, 500],
    [120, 200],
    [99999, 4000],
    [480.6, 481],
    [Number.NaN, 640],
  ])('%s -> %s', (input, expected) => {
    expect(clampHeight(input)).toBe(expected);
  });
});
