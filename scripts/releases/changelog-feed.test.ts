// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { changelogFeeds } from './changelog-feed';

const ATOM = 'http://www.w3.org/2005/Atom';
const input = {
  version: '2.0.0',
  released: ['1.2.0', '2.0.0'],
  changelog: [
    { version: '2.0.0', date: '2026-12-08', changes: [{ fr: 'Nouveau <site> & co', en: 'New <site> & co' }] },
    { version: '1.2.0', date: '2026-12-01', changes: [{ fr: 'Corrections', en: 'Corrections' }] },
    { version: '1.0.0', date: '2026-11-22', changes: [{ fr: 'Première', en: 'First' }] },
  ],
};

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('changelogFeeds', () => {
  it('writes an Atom feed with one entry per release, newest first, linking pinned versions', () => {
    const doc = parseXml(changelogFeeds(input).atom);
    expect(doc.documentElement.namespaceURI).toBe(ATOM);
    expect(doc.documentElement.localName).toBe('feed');
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    const text = (entry: Element, name: string) => entry.getElementsByTagNameNS(ATOM, name)[0]?.textContent;
    expect(entries.map((entry) => text(entry, 'title'))).toEqual([
      'Dataset 2.0.0 (current)',
      'Dataset 1.2.0',
      'Dataset 1.0.0',
    ]);
    expect(
      entries.map((entry) => entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')),
    ).toEqual(['./?version=2.0.0', './?version=1.2.0', './']);
    expect(text(entries[0]!, 'updated')).toBe('2026-12-08T00:00:00.000Z');
    expect(text(entries[0]!, 'content')).toContain('<li>New &lt;site&gt; &amp; co</li>');
  });

  it('writes the same as a JSON Feed, and absolute links when the site address is known', () => {
    const json = JSON.parse(changelogFeeds({ ...input, siteUrl: 'https://atlas.example/' }).json) as {
      items: { id: string; url: string }[];
    };
    expect(json.items.map((item) => [item.id, item.url])).toEqual([
      ['tag:compute-atlas,2026:dataset/2.0.0', 'https://atlas.example/?version=2.0.0'],
      ['tag:compute-atlas,2026:dataset/1.2.0', 'https://atlas.example/?version=1.2.0'],
      ['tag:compute-atlas,2026:dataset/1.0.0', 'https://atlas.example/'],
    ]);
  });
});
