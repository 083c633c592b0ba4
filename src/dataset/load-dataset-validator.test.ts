import { describe, expect, it, vi } from 'vitest';
import { loadAtlas } from './load-dataset';
import { sampleAtlas } from './sample-atlas';

// Neither the worker nor the page could load the validator's code (the connection dropped after
// the data arrived, or a new deploy replaced the chunks).
vi.mock('./validate-off-thread', () => ({
  validateOffThread: () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/validate-text-x.js')),
}));

describe('loadAtlas, when the validator cannot be loaded', () => {
  it('says so as a fetch failure (a retry may help), never as a problem of the file, and never throws', async () => {
    const fetchImpl = (async () => new Response(JSON.stringify(sampleAtlas()))) as typeof fetch;
    const result = await loadAtlas('custom.json', fetchImpl, { visitor: true });
    expect(result).toEqual({
      ok: false,
      kind: 'fetch',
      failure: {
        reason: 'validator',
        detail: 'Failed to fetch dynamically imported module: /assets/validate-text-x.js',
      },
      problems: [
        {
          path: 'custom.json',
          message:
            "the atlas's validator could not be loaded: Failed to fetch dynamically imported module: /assets/validate-text-x.js",
        },
      ],
    });
  });
});
