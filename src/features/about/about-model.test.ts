import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { articleNumber, recordNames } from './about-model';

describe('about model', () => {
  it('names every record a note can point at, sources as not selectable', () => {
    const names = recordNames(buildAtlasModel(sampleAtlas()));
    expect(names.get('site-borlange')).toEqual({
      id: 'site-borlange',
      name: { fr: 'Campus de Borlänge', en: 'Borlänge campus' },
      selectable: true,
    });
    expect(names.get('src-a')).toMatchObject({
      name: { fr: 'Un article', en: 'Un article' },
      selectable: false,
    });
    expect(names.get('inv-paris')?.name.en).toBe('Paris site');
    expect(names.get('event-announce')?.name.en).toBe('Announcement');
    expect(names.has('nope')).toBe(false);
  });

  it('reads the article number from its file name', () => {
    expect(articleNumber('003_067319398101c7ab.txt')).toBe('003');
  });
});
