/** In-page helpers for the engine journeys: each closes over nothing (sent as source text). */
import { waitFor, type EngineSession } from './engine-session';

/**
 * Marks the first element matching `selector` whose text (or aria-label) contains `text` (or is
 * `text`, when it starts with '=') with data-engine-target=`mark`, so the driver can click it by a
 * plain CSS selector.
 */
export async function target(
  session: EngineSession,
  selector: string,
  text: string,
  mark: string,
): Promise<string> {
  await waitFor(`"${text}" in ${selector}`, () =>
    session.evaluate(
      (sel: string, wanted: string, name: string) => {
        const exact = wanted.startsWith('=');
        // Only what is on screen: a hidden copy (another layout's) comes first in some views.
        const shown = [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0);
        const element = shown.find((el) => {
          const texts = [el.textContent?.trim() ?? '', el.getAttribute('aria-label') ?? ''];
          return exact ? texts.includes(wanted.slice(1)) : texts.some((t) => t.includes(wanted));
        });
        element?.setAttribute('data-engine-target', name);
        return Boolean(element);
      },
      selector,
      text,
      mark,
    ),
  );
  return `[data-engine-target="${mark}"]`;
}

export async function clickText(session: EngineSession, selector: string, text: string) {
  const mark = `t${Math.random().toString(36).slice(2, 8)}`;
  await session.click(await target(session, selector, text, mark));
}

/** What the engine's WebGL says it runs on, and which map the atlas drew. */
export function readRenderer(): { webgl2: boolean; renderer: string; mapMode: string | null } {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  let renderer = 'no WebGL';
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    const vendor = String(gl.getParameter(info ? info.UNMASKED_VENDOR_WEBGL : gl.VENDOR));
    renderer = `${renderer} (${vendor}; ${String(gl.getParameter(gl.VERSION))})`;
  }
  const webgl2 = Boolean(document.createElement('canvas').getContext('webgl2'));
  return {
    webgl2,
    renderer,
    mapMode: document.querySelector('.map-view')?.getAttribute('data-map-mode') ?? null,
  };
}

export function isReady(): boolean {
  return Boolean(document.querySelector('main#content[data-ready]'));
}

/** Resolves once the WebGL map has drawn a frame with nothing left to load; true at once for the fallback. */
export function mapIdle(): Promise<boolean> | boolean {
  const container = document.querySelector('.map-container') as
    (Element & { __atlasMap?: { whenIdle: () => Promise<boolean> } }) | null;
  return container?.__atlasMap ? container.__atlasMap.whenIdle() : true;
}

/** Records every Blob the page turns into an object URL (what a download link points to). */
export function recordBlobs(): boolean {
  const w = window as unknown as { __blobs?: Blob[] };
  if (w.__blobs) return true;
  const blobs: Blob[] = [];
  w.__blobs = blobs;
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original(object);
  };
  return true;
}

export async function lastBlobText(): Promise<{ type: string; bytes: number[]; text: string } | null> {
  const blob = (window as unknown as { __blobs?: Blob[] }).__blobs?.at(-1);
  if (!blob) return null;
  const buffer = new Uint8Array(await blob.arrayBuffer());
  return { type: blob.type, bytes: [...buffer.subarray(0, 3)], text: new TextDecoder().decode(buffer) };
}
