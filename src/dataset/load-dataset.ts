/**
 * Fetch + parse + validate + index. Every failure becomes a list of problems, never a throw, and
 * says which kind it is: the file could not be fetched (network, timeout, HTTP status: a retry
 * may help), or the file has problems (not JSON, schema, integrity: the file must be fixed).
 */
import { fetchDatasetText, type FetchFailure, type FetchTextOptions } from './fetch-dataset';
import type { LoadFailure, LoadResult, ValidatorFailure } from './load-result';
import type { Problem } from './problem';
import { datasetFormat } from './dataset-format';
import { validateOffThread } from './validate-off-thread';
import { buildAtlasModel } from './model';

export type { LoadFailure, LoadResult };

export function fetchProblem(url: string, failure: FetchFailure): Problem {
  switch (failure.reason) {
    case 'http':
      return { path: url, message: `HTTP ${failure.status} ${failure.statusText}`.trim() };
    case 'timeout':
      return { path: url, message: `no answer within ${failure.seconds} s` };
    case 'too-large':
      return { path: url, message: `larger than ${failure.maxBytes / 1024 / 1024} MB` };
    case 'network':
      return { path: url, message: `could not be fetched: ${failure.detail}` };
    case 'html':
      return { path: url, message: 'a web page (HTML) came instead of the data file' };
  }
}

export interface LoadOptions extends Omit<FetchTextOptions, 'fetchImpl'> {
  /**
   * A dataset a visitor brings (`?data=`): validated in a Web Worker, JSON or CSV. The atlas's own
   * file was checked at build (data:check) and keeps the main-thread path its preload was tuned for.
   */
  visitor?: boolean;
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export async function loadAtlas(
  url: string,
  fetchImpl: typeof fetch = fetch,
  { visitor = false, ...options }: LoadOptions = {},
): Promise<LoadResult> {
  // The validator (zod) is its own chunk, fetched in parallel with the data, off the first paint.
  const parser = import('./parse-atlas').catch(toError);
  const fetched = await fetchDatasetText(url, { ...options, fetchImpl });
  if (!fetched.ok) {
    const { failure } = fetched;
    // A file over the size limit is a problem of the file: fetching it again will not help.
    if (failure.reason === 'too-large')
      return { ok: false, kind: 'data', problems: [fetchProblem(url, failure)] };
    return { ok: false, kind: 'fetch', failure, problems: [fetchProblem(url, failure)] };
  }
  const format = datasetFormat(url, fetched.contentType);
  if (visitor || format === 'csv') {
    const result = await validateOffThread(fetched.text, format).catch((error: unknown) => toError(error));
    if (result instanceof Error) return validatorMissing(url, result);
    return result.ok
      ? { ok: true, model: buildAtlasModel(result.atlas) }
      : { ok: false, kind: 'data', problems: result.problems };
  }
  const loaded = await parser;
  if (loaded instanceof Error) return validatorMissing(url, loaded);
  return loaded.parseAtlasText(fetched.text);
}

/** The validator's own code did not load (offline, a deploy that replaced it): a retry may help. */
function validatorMissing(url: string, error: Error): LoadFailure {
  const failure: ValidatorFailure = { reason: 'validator', detail: error.message.slice(0, 200) };
  const problem = { path: url, message: `the atlas's validator could not be loaded: ${failure.detail}` };
  return { ok: false, kind: 'fetch', failure, problems: [problem] };
}
