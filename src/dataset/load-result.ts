import type { FetchFailure } from './fetch-dataset';
import type { AtlasModel } from './model';
import type { Problem } from './problem';

/**
 * What loading a dataset gives: the model, or every problem found (never a throw), saying which
 * kind of failure it is: the file could not be fetched (a retry may help), or it has problems.
 */
export type LoadFailure =
  | { ok: false; kind: 'fetch'; failure: FetchFailure; problems: Problem[] }
  | { ok: false; kind: 'data'; problems: Problem[] };
export type LoadResult = { ok: true; model: AtlasModel } | LoadFailure;
