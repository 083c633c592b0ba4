/**
 * Fetches a dataset's text with the limits an untrusted `?data=` URL needs: a 10 s stall timeout
 * (AbortController, so a hung request ends; restarted by every chunk that arrives), an overall
 * deadline that grows with what has arrived (so a server sending a byte every few seconds cannot
 * keep "Loading" up forever, while a large file on a slow line still loads), at most 64 MB
 * (Content-Length checked first, then the bytes actually streamed, since the header can lie or be
 * absent), and a typed failure that says *why* it could not be fetched. Never throws.
 */
export const FETCH_TIMEOUT_MS = 10_000;
/** Every file gets this long, whatever its size… */
export const FETCH_DEADLINE_MS = 30_000;
/** …plus one more second for every 64 KB received (a 512 kbit/s line: 36 MB in under 10 min). */
export const FETCH_FLOOR_BYTES_PER_SECOND = 64 * 1024;
/** The atlas's scale target, 10,000 sites with five events each, is a 36 MB file: room for it. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export type FetchFailure =
  | { reason: 'network'; detail: string }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'http'; status: number; statusText: string }
  | { reason: 'too-large'; maxBytes: number }
  /** A web page came instead of the file: a wrong address that the server answers with its home page, a login or a proxy page. */
  | { reason: 'html' };

export type FetchTextResult =
  { ok: true; text: string; contentType?: string } | { ok: false; failure: FetchFailure };

export interface FetchTextOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * 'no-store' for a custom dataset: it is someone else's file, so neither the HTTP cache nor a
   * service worker's runtime cache should keep it (the default atlas is the app's own asset).
   */
  cache?: RequestCache;
  /**
   * 'omit' for a custom dataset: a `?data=` address is chosen by whoever wrote the link, so the
   * visitor's cookies and HTTP auth are not sent with it (the atlas's own file may need them).
   */
  credentials?: RequestCredentials;
  deadlineMs?: number;
  floorBytesPerSecond?: number;
}

class TooLarge extends Error {}

export async function fetchDatasetText(
  url: string,
  options: FetchTextOptions = {},
): Promise<FetchTextResult> {
  const {
    fetchImpl = fetch,
    timeoutMs = FETCH_TIMEOUT_MS,
    maxBytes = MAX_DATASET_BYTES,
    cache = 'default',
    credentials = 'same-origin',
    deadlineMs = FETCH_DEADLINE_MS,
    floorBytesPerSecond = FETCH_FLOOR_BYTES_PER_SECOND,
  } = options;
  const controller = new AbortController();
  let timedOut: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const started = Date.now();
  const giveUp = (seconds: number) => {
    timedOut = seconds;
    controller.abort();
  };
  const onProgress = (received: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => giveUp(Math.round(timeoutMs / 1000)), timeoutMs);
    // The deadline only moves later: it is the start + the base + what has arrived at the floor rate.
    clearTimeout(deadline);
    const allowed = deadlineMs + (received / floorBytesPerSecond) * 1000;
    deadline = setTimeout(() => giveUp(Math.round(allowed / 1000)), started + allowed - Date.now());
  };
  onProgress(0);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      cache,
      credentials,
      redirect: 'follow',
    });
    if (!response.ok) {
      return {
        ok: false,
        failure: { reason: 'http', status: response.status, statusText: response.statusText },
      };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { ok: false, failure: { reason: 'too-large', maxBytes } };
    }
    const text = await readCapped(response, maxBytes, onProgress, () => controller.abort());
    if (looksLikeHtml(text)) return { ok: false, failure: { reason: 'html' } };
    return {
      ok: true,
      text,
      // A spreadsheet is read as CSV when the server says text/csv (dataset-format.ts).
      contentType: response.headers.get('content-type') ?? '',
    };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, failure: { reason: 'too-large', maxBytes } };
    if (timedOut !== null) return { ok: false, failure: { reason: 'timeout', seconds: timedOut } };
    return { ok: false, failure: { reason: 'network', detail: describeError(error) } };
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
  }
}

/**
 * Neither a JSON dataset, a CSV one nor a story file can start with `<`: a body that does is a web
 * page, whatever its Content-Type says. Many static servers (a single-page app's fallback, vite
 * preview, nginx's try_files) answer a missing file with 200 and their index.html, so it is named as
 * such instead of as the JSON parser's "Unexpected token '<'".
 */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text.slice(0, 1024));
}

/** The body as UTF-8 text, counting bytes as they arrive; throws TooLarge past `maxBytes`. */
async function readCapped(
  response: Response,
  maxBytes: number,
  onChunk: (received: number) => void,
  abort: () => void,
): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > maxBytes) throw new TooLarge();
    return text;
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    onChunk(received);
    if (received > maxBytes) {
      abort();
      void reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
