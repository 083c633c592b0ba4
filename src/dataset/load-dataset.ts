/** Fetch + parse + validate + index. Every failure becomes a list of problems, never a throw. */
import type { LoadResult } from './load-result';

export type { LoadResult };

export async function loadAtlas(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let text: string;
  // The validator (zod) is its own chunk, fetched in parallel with the data, off the first paint.
  const parser = import('./parse-atlas').catch((error: unknown) => error as Error);
  try {
    const response = await fetchImpl(url);
    if (!response.ok) {
      return {
        ok: false,
        problems: [{ path: url, message: `HTTP ${response.status} ${response.statusText}`.trim() }],
      };
    }
    text = await response.text();
  } catch (error) {
    return { ok: false, problems: [{ path: url, message: `could not be fetched: ${String(error)}` }] };
  }
  const loaded = await parser;
  if (loaded instanceof Error) {
    return {
      ok: false,
      problems: [{ path: url, message: `the validator could not be loaded: ${loaded.message}` }],
    };
  }
  return loaded.parseAtlasText(text);
}
