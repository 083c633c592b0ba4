/** The records a step cites, with their names and verbatim quotes, for the stage, notes and handout. */
import type { AtlasModel } from '../../dataset/model';
import type { Citation } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';

export interface CitedRecord {
  id: string;
  name: string;
  quotes: readonly (Citation & { outlet: string })[];
}

export function citedRecords(model: AtlasModel, ids: readonly string[], lang: Lang): CitedRecord[] {
  const { atlas } = model;
  return ids.flatMap((id) => {
    const site = model.sitesById.get(id);
    const investment = model.investmentsById.get(id);
    const event = atlas.events.find((e) => e.id === id);
    const fact = atlas.facts.find((f) => f.id === id);
    const name = site?.name ?? investment?.label ?? event?.title ?? fact?.label;
    const citations = site?.citations ?? investment?.citations ?? event?.citations ?? fact?.citations ?? [];
    if (!name) return [];
    const quotes = citations.map((c) => {
      const source = model.sourcesById.get(c.source);
      return { ...c, outlet: source?.outlet ?? source?.title ?? c.source };
    });
    return [{ id, name: name[lang], quotes }];
  });
}
