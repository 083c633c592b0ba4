/**
 * Who reports a status change, as a reader would name it: the first external page that is not a
 * weak one (source policy), else the first page, else the first article quoted (its outlet, or its
 * file number when it names none). Pure.
 */
import type { Source, StatusChange } from './schema';
import { isWeakExternal } from './source-strength';

export function reportSourceName(
  change: Pick<StatusChange, 'citations' | 'external'>,
  sourcesById: ReadonlyMap<string, Source>,
): string | null {
  const page = change.external.find((ref) => !isWeakExternal(ref)) ?? change.external[0];
  if (page) return page.publisher;
  const cited = change.citations[0];
  if (!cited) return null;
  const source = sourcesById.get(cited.source);
  return source?.outlet ?? source?.file.split('_')[0] ?? cited.source;
}
