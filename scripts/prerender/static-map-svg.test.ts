import { describe, expect, it } from 'vitest';
import { staticMapSvg } from './static-map-svg';

const square = (lon: number, lat: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + 4, lat],
        [lon + 4, lat + 4],
        [lon, lat + 4],
        [lon, lat],
      ],
    ],
  },
});

describe('staticMapSvg', () => {
  const svg = staticMapSvg({
    countries: { type: 'FeatureCollection', features: [square(2, 46)] },
    borders: { type: 'FeatureCollection', features: [] },
    sites: [{ lon: 2.4, lat: 48.6, status: 'operational' }],
    tokens: { '--map-sea': '#dbe7ef', '--map-land': '#f7f4ec', '--status-operational': '#009e73' },
    darkTokens: { '--map-sea': '#0b1721', '--map-land': '#1f262e' },
  });

  it('paints with the light tokens, and with the dark ones when the system prefers dark', () => {
    const [light, dark] = svg.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain('.sea{fill:#dbe7ef}');
    expect(light).toContain('.land{fill:#f7f4ec}');
    expect(dark).toContain('.sea{fill:#0b1721}');
    expect(dark).toContain('.land{fill:#1f262e}');
    // A token the dark theme does not redefine keeps its light value, as in the CSS.
    expect(dark).toContain('.s-operational{fill:#009e73}');
  });

  it('draws each site as a dot of its status', () => {
    expect(svg).toMatch(/<circle class="s-operational" cx="\d+" cy="\d+" r="9"/);
  });
});
