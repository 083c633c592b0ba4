import type { FetchFailure } from './fetch-dataset';
import type { AtlasModel } from './model';
import type { Problem } from './problem';

/**
 * What loading a dataset gives: the model, or every problem found (never a throw), saying which
 * kind of failure it is: the file could not be fetched (a retry may help), or it has problems.
 */
export type LoadFailure =
  | { ok: false; kind: 'fetch'; failure: FetchFailure | ValidatorFailure; problems: Problem[] }
  | { ok: false; kind: 'data'; problems: Problem[] };
export type LoadResult = { ok: true; model: AtlasModel } | LoadFailure;

/** The validator's own code could not be loaded (offline, or a new deploy replaced it): a retry may help. */
export interface ValidatorFailure {
  reason: 'validator';
  detail: string;
}
