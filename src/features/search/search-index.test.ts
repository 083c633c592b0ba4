import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { buildSearchIndex, searchAtlas } from './search-index';

const atlas = sampleAtlas();
atlas.sites[0]!.partners = [
  { name: 'Éclairion', role: { fr: 'Hébergeur', en: 'Host' }, citations: [], external: [] },
];
const index = buildSearchIndex(buildAtlasModel(atlas));
const find = (query: string) => searchAtlas(index, query, 'en').map((r) => [r.entry.kind, r.entry.targetId]);

describe('searchAtlas', () => {
  it('finds a site by its name without accents or case', () => {
    expect(find('borlange')).toEqual([['place', 'site-borlange']]);
    expect(find('BORLÄNGE')).toEqual([['place', 'site-borlange']]);
    expect(find('campus')).toEqual([['site', 'site-borlange']]);
  });

  it('finds a site through a partner', () => {
    expect(find('eclairion')).toEqual([['partner', 'site-paris']]);
  });

  it('finds a place, a region and a company', () => {
    expect(find('dalarna')).toEqual([['place', 'site-borlange']]);
    expect(find('ile-de')).toEqual([['place', 'site-paris']]);
    expect(find('mistral')).toEqual([
      ['company', 'site-paris'],
      ['company', 'site-borlange'],
      ['company', 'inv-paris'],
    ]);
  });

  it('finds events and pledges, in either language', () => {
    expect(find('annonce')).toContainEqual(['event', 'event-announce']);
    expect(find('announcement')).toContainEqual(['event', 'event-announce']);
    expect(find('paris site')).toContainEqual(['investment', 'inv-paris']);
  });

  it('ranks an exact name first and lists each record once', () => {
    expect(find('paris')).toEqual([
      ['place', 'site-paris'],
      ['investment', 'inv-paris'],
    ]);
  });

  it('finds nothing for blank or unknown queries', () => {
    expect(find('   ')).toEqual([]);
    expect(find('zzz')).toEqual([]);
  });

  it('requires every word, in any order', () => {
    expect(find('campus borlänge')).toContainEqual(['site', 'site-borlange']);
    expect(find('borlange paris')).toEqual([]);
  });
});
