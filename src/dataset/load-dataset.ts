/** Fetch + parse + validate + index. Every failure becomes a list of problems, never a throw. */
import { validateAtlas } from './validate';
import { buildAtlasModel, type AtlasModel } from './model';
import type { Problem } from './problem';

export type LoadResult = { ok: true; model: AtlasModel } | { ok: false; problems: Problem[] };

export async function loadAtlas(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) {
      return { ok: false, problems: [{ path: url, message: `HTTP ${response.status} ${response.statusText}`.trim() }] };
    }
    text = await response.text();
  } catch (error) {
    return { ok: false, problems: [{ path: url, message: `could not be fetched: ${String(error)}` }] };
  }
  return parseAtlasText(text);
}

export function parseAtlasText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = validateAtlas(json);
  return result.ok ? { ok: true, model: buildAtlasModel(result.atlas) } : result;
}
