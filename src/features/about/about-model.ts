/** What the About view lists, computed from the atlas: names for note targets, source order. Pure. */
import type { Atlas, LocalizedText } from '../../dataset/schema';

export interface NamedRecord {
  readonly id: string;
  readonly name: LocalizedText;
  /** Sources are listed in the sources table, not selectable on the map. */
  readonly selectable: boolean;
}

/** Every id a note may be about, with its display name (articles by their title). */
export function recordNames(atlas: Atlas): ReadonlyMap<string, NamedRecord> {
  const names = new Map<string, NamedRecord>();
  const put = (id: string, name: LocalizedText, selectable = true) => names.set(id, { id, name, selectable });
  for (const source of atlas.sources) put(source.id, { fr: source.title, en: source.title }, false);
  for (const site of atlas.sites) put(site.id, site.name);
  for (const investment of atlas.investments) put(investment.id, investment.label);
  for (const event of atlas.events) put(event.id, event.title);
  for (const fact of atlas.facts) put(fact.id, fact.label);
  return names;
}

/** The article number a reader sees ("003") from its file name "003_0673….txt". */
export function articleNumber(file: string): string {
  return file.split('_')[0] ?? file;
}
