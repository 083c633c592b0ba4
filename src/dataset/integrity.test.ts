import { describe, expect, it } from 'vitest';
import type { Atlas } from './schema';
import { minimalAtlas } from './minimal-atlas.fixture';
import { checkIntegrity } from './integrity';

const atlas = minimalAtlas;

const paths = (data: Atlas) => checkIntegrity(data).map((p) => p.path);

describe('checkIntegrity', () => {
  it('finds nothing wrong in the minimal dataset', () => {
    expect(checkIntegrity(atlas())).toEqual([]);
  });

  it('rejects ids reused across collections', () => {
    expect(paths(atlas((d) => void (d.notes[0]!.id = 'essonne-datacenter')))).toEqual(['notes[0].id']);
  });

  it('rejects two sources for one file', () => {
    expect(paths(atlas((d) => void d.sources.push({ ...d.sources[0]!, id: 'src-copy' })))).toEqual([
      'sources[1].file',
    ]);
  });

  it('resolves citation sources at any depth', () => {
    const data = atlas((d) => void (d.sites[0]!.figures[0]!.citations[0]!.source = 'src-999'));
    expect(paths(data)).toEqual(['sites[0].figures[0].citations[0].source']);
  });

  it('resolves event, investment, partOf and about references', () => {
    const data = atlas((d) => {
      d.events[0]!.investment = 'nope';
      d.investments[0]!.site = 'nowhere';
      d.investments[0]!.partOf = 'missing-pledge';
      d.facts[0]!.about = ['essonne', 'ghost'];
      d.notes[0]!.about = ['phantom'];
    });
    expect(paths(data)).toEqual([
      'events[0].investment',
      'investments[0].site',
      'investments[0].partOf',
      'facts[0].about[1]',
      'notes[0].about[0]',
    ]);
  });

  it('accepts a part of a larger pledge in the same unit', () => {
    const data = atlas(
      (d) => void d.investments.push({ ...d.investments[0]!, id: 'part', partOf: 'essonne-datacenter' }),
    );
    expect(checkIntegrity(data)).toEqual([]);
  });

  it('keeps coordinates inside Europe', () => {
    const data = atlas((d) => Object.assign(d.sites[0]!.location, { lat: 10, lon: 100 }));
    expect(paths(data)).toEqual(['sites[0].location.lat', 'sites[0].location.lon']);
  });

  it('takes an external reference alone as the source of a site (a spreadsheet row has no article)', () => {
    const data = atlas((d) => {
      d.sites[0]!.citations = [];
      d.sites[0]!.external = [{ title: 'Page', publisher: 'example.org', url: 'https://example.org/' }];
    });
    expect(paths(data)).toEqual([]);
  });

  it('requires a quote or a reference on sites, investments, events and facts, and on coordinates', () => {
    const data = atlas((d) => {
      d.sites[0]!.citations = [];
      d.sites[0]!.external = [];
      d.sites[0]!.location.citations = [];
      d.sites[0]!.location.external = [];
      d.investments[0]!.citations = [];
      d.events[0]!.citations = [];
      d.facts[0]!.citations = [];
    });
    expect(paths(data)).toEqual([
      'sites[0].citations',
      'investments[0].citations',
      'events[0].citations',
      'facts[0].citations',
      'sites[0].location.external',
    ]);
  });

  it('accepts a site that only outside reporting names (announced after the articles)', () => {
    const data = atlas((d) => {
      d.sites[0]!.citations = [];
      d.sites[0]!.external = [{ title: 'Page', publisher: 'Publisher', url: 'https://example.org/page' }];
    });
    expect(paths(data)).toEqual([]);
  });
});
