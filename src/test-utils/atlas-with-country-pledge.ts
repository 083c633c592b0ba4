/** Test helper: the sample atlas plus one pledge to a country (an investment with no site). */
import { sampleAtlas } from '../dataset/sample-atlas';
import type { Atlas } from '../dataset/schema';

export function atlasWithCountryPledge(): Atlas {
  const atlas = sampleAtlas();
  atlas.investments.push({
    ...atlas.investments[0]!,
    id: 'inv-france',
    label: { fr: 'Plan national', en: 'National plan' },
    site: undefined,
  });
  return atlas;
}
