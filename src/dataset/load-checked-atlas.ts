/**
 * The atlas's own dataset as the build wrote it: already validated (scripts/dataset/), so it is
 * only parsed and indexed here, and the validator (zod) is never downloaded for it. A file that
 * cannot be fetched fails like any other; one that is not JSON (a broken deploy, a proxy's error
 * page) is reported as a problem of the data.
 */
import type { Atlas } from './schema';
import { buildAtlasModel } from './model';
import { fetchDatasetText, type FetchTextOptions } from './fetch-dataset';
import { fetchProblem } from './load-dataset';
import type { LoadResult } from './load-result';

export async function loadCheckedAtlas(
  url: string,
  fetchImpl: typeof fetch = fetch,
  options: Omit<FetchTextOptions, 'fetchImpl'> = {},
): Promise<LoadResult> {
  const fetched = await fetchDatasetText(url, { ...options, fetchImpl });
  if (!fetched.ok) {
    const { failure } = fetched;
    return { ok: false, kind: 'fetch', failure, problems: [fetchProblem(url, failure)] };
  }
  try {
    return { ok: true, model: buildAtlasModel(JSON.parse(fetched.text) as Atlas) };
  } catch (error) {
    const message = `not valid JSON: ${(error as Error).message}`;
    return { ok: false, kind: 'data', problems: [{ path: '(root)', message }] };
  }
}
