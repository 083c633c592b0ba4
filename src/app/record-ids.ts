import type { AtlasModel } from '../dataset/model';

/** Every id `site=` may name: what the details panel can show (the same set AtlasView checks). */
export function recordIds(model: AtlasModel): ReadonlySet<string> {
  return new Set([
    ...model.sitesById.keys(),
    ...model.investmentsById.keys(),
    ...model.atlas.events.map((e) => e.id),
    ...model.atlas.facts.map((f) => f.id),
  ]);
}
