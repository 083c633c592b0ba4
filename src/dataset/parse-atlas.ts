/** Text -> JSON -> validated atlas -> indexed model, or every problem. Never throws. */
import { validateAtlas } from './validate';
import { buildAtlasModel } from './model';
import type { LoadResult } from './load-result';

export function parseAtlasText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      kind: 'data',
      problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  const result = validateAtlas(json);
  return result.ok ? { ok: true, model: buildAtlasModel(result.atlas) } : { ...result, kind: 'data' };
}
