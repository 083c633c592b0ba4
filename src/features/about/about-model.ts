/** What the About view lists, computed from the atlas: names for note targets, source order. Pure. */
import { recordText, type AtlasModel } from '../../dataset/model';
import type { LocalizedText } from '../../dataset/schema';

export interface NamedRecord {
  readonly id: string;
  readonly name: LocalizedText;
  /** Sources are listed in the sources table, not selectable on the map. */
  readonly selectable: boolean;
}

/** Every id a note may be about, with its display name (articles by their title). */
export function recordNames(model: AtlasModel): ReadonlyMap<string, NamedRecord> {
  const names = new Map<string, NamedRecord>();
  for (const source of model.atlas.sources) {
    names.set(source.id, { id: source.id, name: { fr: source.title, en: source.title }, selectable: false });
  }
  for (const [id, record] of model.recordsById)
    names.set(id, { id, name: recordText(record), selectable: true });
  return names;
}

/** The article number a reader sees ("003") from its file name "003_0673….txt". */
export function articleNumber(file: string): string {
  return file.split('_')[0] ?? file;
}
