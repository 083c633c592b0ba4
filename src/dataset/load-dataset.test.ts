import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-dataset';
import { parseAtlasText } from './parse-atlas';
import { sampleAtlas } from './sample-atlas';

const respond = (body: string, status = 200) =>
  (async () =>
    new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' })) as typeof fetch;

describe('loadAtlas', () => {
  it('builds the indexed model from a valid file', async () => {
    const result = await loadAtlas('atlas.json', respond(JSON.stringify(sampleAtlas())));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.model.sitesById.keys()]).toEqual(['site-paris', 'site-borlange']);
    expect(result.model.eventsBySite.get('site-paris')?.map((e) => e.id)).toEqual(['event-announce']);
    expect(result.model.investmentsBySite.get('site-paris')?.map((i) => i.id)).toEqual(['inv-paris']);
    expect(result.model.notesByRecord.get('site-borlange')?.map((n) => n.id)).toEqual([
      'note-date',
      'note-borlange-date',
    ]);
  });

  it('names the field that is wrong', async () => {
    const atlas = sampleAtlas() as unknown as { sites: { location: { lat: unknown } }[] };
    atlas.sites[1]!.location.lat = 'north';
    const result = await loadAtlas('atlas.json', respond(JSON.stringify(atlas)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path: 'sites[1].location.lat', expected: 'number', found: '"north"' }),
    );
  });

  it('reports an HTTP error instead of throwing', async () => {
    const result = await loadAtlas('missing.json', respond('nope', 404));
    expect(result).toEqual({
      ok: false,
      kind: 'fetch',
      failure: { reason: 'http', status: 404, statusText: 'Not Found' },
      problems: [{ path: 'missing.json', message: 'HTTP 404 Not Found' }],
    });
  });

  it('reports a network failure instead of throwing', async () => {
    const failing = (async () => {
      throw new TypeError('offline');
    }) as typeof fetch;
    const result = await loadAtlas('atlas.json', failing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('offline');
    if (!result.ok) expect(result.kind).toBe('fetch');
  });

  it('calls a file that is not the schema a data problem, not a fetch failure', async () => {
    const result = await loadAtlas('atlas.json', respond('{"version": 2}'));
    expect(result.ok === false && result.kind).toBe('data');
  });

  it('calls a file over the size limit a data problem', async () => {
    const result = await loadAtlas('atlas.json', respond('[1, 2, 3]'), { maxBytes: 4 });
    expect(result).toMatchObject({
      ok: false,
      kind: 'data',
      problems: [{ message: expect.stringMatching(/larger than/) }],
    });
  });

  it('names a web page served instead of the file, as a fetch failure a retry may mend', async () => {
    const result = await loadAtlas('custom.json', respond('<!doctype html><html lang="en">'), {
      visitor: true,
    });
    expect(result).toEqual({
      ok: false,
      kind: 'fetch',
      failure: { reason: 'html' },
      problems: [{ path: 'custom.json', message: 'a web page (HTML) came instead of the data file' }],
    });
  });

  it('reports malformed JSON', () => {
    const result = parseAtlasText('{"version": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });
});
