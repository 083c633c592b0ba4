import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { selectableIds } from './use-embed-bridge';

describe('selectableIds', () => {
  it('accepts exactly the records the URL accepts, facts included', () => {
    const atlas = sampleAtlas();
    const model = buildAtlasModel({
      ...atlas,
      facts: [
        {
          id: 'fact-grid',
          topic: 'energy',
          label: { fr: 'Réseau', en: 'Grid' },
          text: { fr: 'Texte.', en: 'Text.' },
          about: [],
          citations: [],
          external: [],
        },
      ],
    });
    expect(selectableIds(model)).toEqual(new Set(model.recordsById.keys()));
    expect(selectableIds(model).has('fact-grid')).toBe(true);
    expect(selectableIds(model).has('src-a')).toBe(false);
  });
});
