import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAtlas } from './sample-atlas';
import { startAtlasLoad, takeAtlasLoad, trustBuiltDataset } from './early-load';

// Counts the loads of the validator's module (zod and every rule behind it).
const validator = vi.hoisted(() => ({ imports: 0 }));
vi.mock('./parse-atlas', async (original) => {
  validator.imports += 1;
  return original();
});

afterEach(() => {
  vi.unstubAllGlobals();
  trustBuiltDataset(null);
});

// In file order: the first test must run before anything imports the validator.
describe('the atlas own dataset, checked by the build', () => {
  it('is indexed without the validator; a custom file still goes through it', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(sampleAtlas())));
    trustBuiltDataset('own.json');
    const own = await takeAtlasLoad('own.json', false);
    expect(own.ok && own.model.atlas.sites.length).toBeGreaterThan(0);
    expect(validator.imports).toBe(0);

    const custom = await takeAtlasLoad('https://news.example/custom.json', true);
    expect(custom.ok).toBe(true);
    expect(validator.imports).toBe(1);
  });

  it('reports a checked file that is not JSON as a problem of the data', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"sites": ['));
    trustBuiltDataset('own.json');
    const result = await takeAtlasLoad('own.json', false);
    expect(result).toMatchObject({ ok: false, kind: 'data', problems: [{ path: '(root)' }] });
  });

  it('reports a web page served in its place (a broken deploy) as a fetch failure a retry may mend', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>'));
    trustBuiltDataset('own.json');
    const result = await takeAtlasLoad('own.json', false);
    expect(result).toMatchObject({ ok: false, kind: 'fetch', failure: { reason: 'html' } });
  });
});

describe('early dataset load', () => {
  it('hands the load started at navigation to the first taker only, with the right cache mode', async () => {
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify(sampleAtlas())));
    vi.stubGlobal('fetch', fetchSpy);
    startAtlasLoad('own.json', false);
    startAtlasLoad('https://news.example/custom.json', true);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    expect(fetchSpy).toHaveBeenCalledWith(
      'own.json',
      expect.objectContaining({ cache: 'default', credentials: 'same-origin' }),
    );
    // A ?data= address comes from whoever wrote the link: no cookies or HTTP auth go with it.
    expect(fetchSpy).toHaveBeenCalledWith(
      'https://news.example/custom.json',
      expect.objectContaining({ cache: 'no-store', credentials: 'omit' }),
    );

    const first = await takeAtlasLoad('own.json', false);
    expect(first.ok).toBe(true);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    // A retry loads again.
    await takeAtlasLoad('own.json', false);
    expect(fetchSpy).toHaveBeenCalledTimes(3);
    // The same URL as a custom file is another load (no-store), not the atlas's own.
    await takeAtlasLoad('own.json', true);
    expect(fetchSpy).toHaveBeenLastCalledWith('own.json', expect.objectContaining({ cache: 'no-store' }));
    await takeAtlasLoad('https://news.example/custom.json', true);
    expect(fetchSpy).toHaveBeenCalledTimes(4);
  });
});
