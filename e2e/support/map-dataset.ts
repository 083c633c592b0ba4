/**
 * A generated atlas for clustering checks and the benchmark: the real dataset with its sites
 * replaced by `count` copies of the first one spread over Europe (seeded, so runs compare).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES = ['announced', 'planned', 'under-construction', 'operational'];

export function readAtlas(): Json {
  return JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Json;
}

/**
 * `count` sites; `spread` = 'europe' scatters them over the continent, 'paris' packs them within
 * ~30 km of Paris so that they cluster at every zoom below maplibre's clusterMaxZoom.
 */
export function generatedAtlas(count: number, spread: 'europe' | 'paris' = 'europe', seed = 42): Json {
  const atlas = readAtlas();
  const template = (atlas.sites as Json[])[0]!;
  const next = random(seed);
  const sites = Array.from({ length: count }, (_, i) => {
    const lon = spread === 'paris' ? 2.35 + (next() - 0.5) * 0.6 : -9 + next() * 38;
    const lat = spread === 'paris' ? 48.85 + (next() - 0.5) * 0.4 : 37 + next() * 25;
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    const id = `gen-${String(i).padStart(5, '0')}`;
    const history = (template.statusHistory as Json[]).slice(0, 1).map((change) => ({ ...change, status }));
    return {
      ...template,
      id,
      name: { fr: `Site généré ${i}`, en: `Generated site ${i}` },
      location: { ...(template.location as Json), lat, lon },
      statusHistory: history,
      figures: [
        {
          metric: 'capacity',
          quantity: { text: `${i % 500} MW`, unit: 'MW', kind: 'exact', value: (i % 500) + 1 },
          citations: [],
          external: [],
        },
      ],
    };
  });
  // Events and pledges that point at the real sites would dangle: keep only the country pledges.
  return {
    ...atlas,
    sites,
    events: [],
    investments: (atlas.investments as Json[]).filter((investment) => investment.site === undefined),
    notes: [],
    facts: [],
  };
}
