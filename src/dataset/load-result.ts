import type { AtlasModel } from './model';
import type { Problem } from './problem';

/** What loading a dataset gives: the model, or every problem found (never a throw). */
export type LoadResult = { ok: true; model: AtlasModel } | { ok: false; problems: Problem[] };
