import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAtlas } from './sample-atlas';
import { startAtlasLoad, takeAtlasLoad } from './early-load';

afterEach(() => vi.unstubAllGlobals());

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
