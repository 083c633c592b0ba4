import { describe, expect, it } from 'vitest';
import { CLUSTER_LABEL_LAYER, baseLayers, clusterProperties, labelId } from './map-layers';
import type { MapPalette } from './map-palette';

const palette = new Proxy({}, { get: () => '#000' }) as MapPalette;

describe('cluster labels', () => {
  it('names a label by its site, or a cluster’s by the towns it collected', () => {
    expect(labelId({ id: 'essonne', name: 'Mistral AI datacenter in Essonne' })).toBe('essonne');
    expect(
      labelId({
        cluster: true,
        cluster_id: 7,
        point_count: 3,
        places: 'Bruyères-le-Châtel, Les Ulis, Fouju',
      }),
    ).toBe('cluster:Bruyères-le-Châtel, Les Ulis, Fouju');
  });

  it('collects towns with a cap, and labels only small clusters', () => {
    const [reduce, map] = clusterProperties.places;
    expect(map).toEqual(['get', 'place']);
    expect(JSON.stringify(reduce)).toContain('"length"');
    const layer = baseLayers(palette, 'en').find((l) => l.id === CLUSTER_LABEL_LAYER);
    expect(layer && 'filter' in layer ? JSON.stringify(layer.filter) : '').toContain('"point_count"],4');
  });
});
