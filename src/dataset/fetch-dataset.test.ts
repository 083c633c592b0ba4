import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText, looksLikeHtml } from './fetch-dataset';

/** A fetch that never answers until its signal aborts, like a hung server. */
const hanging = (async (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  })) as typeof fetch;

function streamOf(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchDatasetText', () => {
  it('returns the text, and asks for no-store when told', async () => {
    const spy = vi.fn(async () => new Response('{"a":"é"}'));
    const result = await fetchDatasetText('x.json', {
      fetchImpl: spy as unknown as typeof fetch,
      cache: 'no-store',
    });
    expect(result).toMatchObject({ ok: true, text: '{"a":"é"}' });
    expect(spy).toHaveBeenCalledWith('x.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('gives up on a hung request after the timeout', async () => {
    vi.useFakeTimers();
    const pending = fetchDatasetText('x.json', { fetchImpl: hanging });
    await vi.advanceTimersByTimeAsync(9_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, failure: { reason: 'timeout', seconds: 10 } });
  });

  it('keeps a slow download that never stalls 10 s, and ends one that stalls', async () => {
    vi.useFakeTimers();
    /** `chunks` chunks of `bytes` bytes, one every `everyMs`, then a stall forever when `stall`. */
    const slow = (chunks: number, everyMs: number, stall: boolean, bytes = 100_000) =>
      (async (_url: string, init?: RequestInit) => {
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (sent === chunks && stall) {
              await new Promise<void>((_resolve, reject) =>
                init?.signal?.addEventListener('abort', () =>
                  reject(new DOMException('aborted', 'AbortError')),
                ),
              );
            }
            if (sent++ >= chunks) return controller.close();
            await new Promise((resolve) => setTimeout(resolve, everyMs));
            controller.enqueue(new Uint8Array(bytes).fill(0x20));
          },
        });
        return new Response(body);
      }) as typeof fetch;

    // 600 KB in 36 s: past the 30 s base, but above the floor rate, so still loading.
    const steady = fetchDatasetText('x.json', { fetchImpl: slow(6, 6_000, false) });
    await vi.advanceTimersByTimeAsync(40_000);
    expect(await steady).toMatchObject({ ok: true, text: ' '.repeat(600_000) });

    const stalled = fetchDatasetText('x.json', { fetchImpl: slow(3, 6_000, true) });
    await vi.advanceTimersByTimeAsync(18_000 + 9_999);
    let settled = false;
    void stalled.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await stalled).toEqual({ ok: false, failure: { reason: 'timeout', seconds: 10 } });
  });

  it('ends a download that trickles (a byte every 2 s) at the overall deadline', async () => {
    vi.useFakeTimers();
    const trickle = (async (_url: string, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          if (init?.signal?.aborted) return controller.error(new DOMException('aborted', 'AbortError'));
          controller.enqueue(new Uint8Array([0x20]));
        },
      });
      return new Response(body);
    }) as typeof fetch;
    const pending = fetchDatasetText('x.json', { fetchImpl: trickle });
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await pending).toEqual({ ok: false, failure: { reason: 'timeout', seconds: 30 } });
  });

  it('reports the HTTP status', async () => {
    const result = await fetchDatasetText('x.json', {
      fetchImpl: (async () =>
        new Response('no', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch,
    });
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'http', status: 503, statusText: 'Service Unavailable' },
    });
  });

  it('reports a network error as such', async () => {
    const result = await fetchDatasetText('x.json', {
      fetchImpl: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'network', detail: 'TypeError: Failed to fetch' },
    });
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const body = streamOf(1, 10);
    const result = await fetchDatasetText('x.json', {
      maxBytes: 1000,
      fetchImpl: (async () => new Response(body, { headers: { 'content-length': '1001' } })) as typeof fetch,
    });
    expect(result).toEqual({ ok: false, failure: { reason: 'too-large', maxBytes: 1000 } });
  });

  it('counts the streamed bytes when the header is absent or lies', async () => {
    const result = await fetchDatasetText('x.json', {
      maxBytes: 1000,
      fetchImpl: (async () =>
        new Response(streamOf(1_000_000, 100), { headers: { 'content-length': '10' } })) as typeof fetch,
    });
    expect(result).toEqual({ ok: false, failure: { reason: 'too-large', maxBytes: 1000 } });
  });

  it('accepts a body of exactly the limit', async () => {
    const result = await fetchDatasetText('x.json', {
      maxBytes: 1000,
      fetchImpl: (async () => new Response(streamOf(10, 100))) as typeof fetch,
    });
    expect(result.ok && result.text.length).toBe(1000);
  });
});

describe('fetchDatasetText: the content type', () => {
  it("gives the server's Content-Type, by which a spreadsheet is read as CSV", async () => {
    const fetchImpl = (async () =>
      new Response('name\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } })) as typeof fetch;
    expect(await fetchDatasetText('sites', { fetchImpl })).toEqual({
      ok: true,
      text: 'name\n',
      contentType: 'text/csv; charset=utf-8',
    });
  });
});

describe('fetchDatasetText: a web page instead of the file', () => {
  const serving = (body: string, type = 'text/html') =>
    (async () => new Response(body, { headers: { 'content-type': type } })) as typeof fetch;

  it('names an HTML page as such, whatever its Content-Type says', async () => {
    for (const [body, type] of [
      ['<!doctype html><html><head><title>Atlas</title>', 'text/html'],
      ['\n  <html lang="en">', 'application/json'],
      ['<?xml version="1.0"?><error/>', 'text/plain'],
    ] as const)
      expect(await fetchDatasetText('x.json', { fetchImpl: serving(body, type) })).toEqual({
        ok: false,
        failure: { reason: 'html' },
      });
  });

  it('reads JSON and CSV, even when the server calls them HTML', async () => {
    for (const body of [' {"sites": []}', '[1]', 'id,name_fr\n', '"<quoted>",x\n'])
      expect(await fetchDatasetText('x', { fetchImpl: serving(body) })).toMatchObject({
        ok: true,
        text: body,
      });
  });
});

describe('looksLikeHtml', () => {
  it('looks at the first non-blank character only, after a byte-order mark', () => {
    expect(looksLikeHtml('\uFEFF <!DOCTYPE html>')).toBe(true);
    expect(looksLikeHtml(`${' '.repeat(2000)}<html>`)).toBe(false);
    expect(looksLikeHtml('{"a":"<b>"}')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
