/** Text -> JSON -> validated atlas -> indexed model, or every problem. Never throws. */
import { parseJson } from '../lib/parse-json';
import { validateAtlas } from './validate';
import { buildAtlasModel } from './model';
import type { LoadResult } from './load-result';

export function parseAtlasText(text: string): LoadResult {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      kind: 'data',
      problems: [{ path: '(root)', message: `not valid JSON: ${parsed.message}` }],
    };
  const result = validateAtlas(parsed.json);
  return result.ok ? { ok: true, model: buildAtlasModel(result.atlas) } : { ...result, kind: 'data' };
}
