import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetText } from './fetch-dataset';

/** A fetch that answers `response` and keeps the request it was given. */
function answering(response: () => Response) {
  const requests: RequestInit[] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    requests.push(init ?? {});
    return response();
  }) as typeof fetch;
  return { fetchImpl, requests };
}

/** A response whose body cannot be streamed (an older engine, a test double): read with text(). */
function withoutStream(text: string): Response {
  return {
    ok: true,
    status: 200,
    statusText: 'OK',
    headers: new Headers(),
    body: null,
    text: async () => text,
  } as Response;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchDatasetText: the request', () => {
  it('follows redirects, sends credentials to its own origin only and uses the HTTP cache by default', async () => {
    const { fetchImpl, requests } = answering(() => new Response('{}'));
    await fetchDatasetText('x.json', { fetchImpl });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ cache: 'default', credentials: 'same-origin', redirect: 'follow' });
  });

  it('gives an empty content type when the server sends none', async () => {
    const { fetchImpl } = answering(() => new Response(new Blob(['{}'])));
    const result = await fetchDatasetText('x.json', { fetchImpl });
    expect(result).toEqual({ ok: true, text: '{}', contentType: '' });
  });
});

describe('fetchDatasetText: the size limit', () => {
  it('accepts a declared Content-Length of exactly the limit', async () => {
    const body = ' '.repeat(1000);
    const { fetchImpl } = answering(() => new Response(body, { headers: { 'content-length': '1000' } }));
    const result = await fetchDatasetText('x.json', { fetchImpl, maxBytes: 1000 });
    expect(result.ok && result.text).toBe(body);
  });

  it('counts the bytes of a body it cannot stream, in UTF-8', async () => {
    const limit = 'é'.repeat(500); // 1,000 bytes
    const ok = await fetchDatasetText('x.json', {
      fetchImpl: (async () => withoutStream(limit)) as typeof fetch,
      maxBytes: 1000,
    });
    expect(ok).toEqual({ ok: true, text: limit, contentType: '' });
    const over = await fetchDatasetText('x.json', {
      fetchImpl: (async () => withoutStream(`${limit}a`)) as typeof fetch,
      maxBytes: 1000,
    });
    expect(over).toEqual({ ok: false, failure: { reason: 'too-large', maxBytes: 1000 } });
  });

  it('decodes a character cut in two by the chunks', async () => {
    const bytes = new TextEncoder().encode('"é"'); // 22 c3 a9 22
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 2));
        controller.enqueue(bytes.slice(2));
        controller.close();
      },
    });
    const { fetchImpl } = answering(() => new Response(body));
    expect(await fetchDatasetText('x.json', { fetchImpl })).toEqual({
      ok: true,
      text: '"é"',
      contentType: '',
    });
  });
});

describe('fetchDatasetText: the overall deadline', () => {
  it('grows by what has arrived at the floor rate: 2,000 bytes at 1,000 B/s buy two more seconds', async () => {
    vi.useFakeTimers();
    let pulls = 0;
    const fetchImpl = (async (_url: string, init?: RequestInit) =>
      new Response(
        new ReadableStream<Uint8Array>({
          async pull(controller) {
            pulls++;
            // 2,000 bytes at once, then the rest after 2.5 s: past the 1 s base, within 1 s + 2 s.
            if (pulls === 2) await new Promise((resolve) => setTimeout(resolve, 2_500));
            if (init?.signal?.aborted) return controller.error(new DOMException('aborted', 'AbortError'));
            if (pulls === 3) return controller.close();
            controller.enqueue(new Uint8Array(2_000).fill(0x20));
          },
        }),
      )) as typeof fetch;
    const pending = fetchDatasetText('x.json', {
      fetchImpl,
      deadlineMs: 1_000,
      floorBytesPerSecond: 1_000,
      timeoutMs: 10_000,
    });
    await vi.advanceTimersByTimeAsync(3_000);
    const result = await pending;
    expect(result.ok && result.text.length).toBe(4_000);
  });
});

describe('fetchDatasetText: a network error', () => {
  const failingWith = (message: string) =>
    (async () => {
      throw new TypeError(message);
    }) as typeof fetch;

  it('keeps a 200-character description whole and cuts a longer one, with an ellipsis', async () => {
    const whole = 'x'.repeat(200 - 'TypeError: '.length);
    expect(await fetchDatasetText('x.json', { fetchImpl: failingWith(whole) })).toEqual({
      ok: false,
      failure: { reason: 'network', detail: `TypeError: ${whole}` },
    });
    expect(await fetchDatasetText('x.json', { fetchImpl: failingWith(`${whole}yz`) })).toEqual({
      ok: false,
      failure: { reason: 'network', detail: `TypeError: ${whole}…` },
    });
  });

  it('describes a thrown value that is not an Error', async () => {
    const fetchImpl = (async () => {
      throw 'offline';
    }) as typeof fetch;
    expect(await fetchDatasetText('x.json', { fetchImpl })).toEqual({
      ok: false,
      failure: { reason: 'network', detail: 'offline' },
    });
  });
});

describe('fetchDatasetText: what it leaves behind', () => {
  it('no timer, whether the file came or the network failed', async () => {
    vi.useFakeTimers();
    await fetchDatasetText('x.json', { fetchImpl: answering(() => new Response('{}')).fetchImpl });
    expect(vi.getTimerCount()).toBe(0);
    await fetchDatasetText('x.json', {
      fetchImpl: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels the download once the body passes the cap', async () => {
    let signal: AbortSignal | undefined;
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(new Uint8Array(600).fill(0x20));
          },
        }),
      );
    }) as typeof fetch;
    const result = await fetchDatasetText('x.json', { fetchImpl, maxBytes: 1_000 });
    expect(result).toEqual({ ok: false, failure: { reason: 'too-large', maxBytes: 1_000 } });
    expect(signal?.aborted).toBe(true);
  });
});
