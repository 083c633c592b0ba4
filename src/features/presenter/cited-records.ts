/** The records a step cites, with their names and verbatim quotes, for the stage, notes and handout. */
import { recordCitations, recordName, type AtlasModel } from '../../dataset/model';
import type { Citation } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';

export interface CitedRecord {
  id: string;
  name: string;
  quotes: readonly (Citation & { outlet: string })[];
}

export function citedRecords(model: AtlasModel, ids: readonly string[], lang: Lang): CitedRecord[] {
  return ids.flatMap((id) => {
    const record = model.recordsById.get(id);
    if (!record) return [];
    const quotes = recordCitations(record).map((c) => {
      const source = model.sourcesById.get(c.source);
      return { ...c, outlet: source?.outlet ?? source?.title ?? c.source };
    });
    return [{ id, name: recordName(record, lang), quotes }];
  });
}
