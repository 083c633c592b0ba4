/**
 * One smoke journey, the same in every engine: what a visitor does first (select a site, move the
 * time cursor, switch language), presenter mode with a clicker, the embed on a host page, the CSV
 * download, the features an engine may lack, and the labels rule at two window sizes.
 * Each step is a named check with its own result; every step also fails on a new console error.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectFallbackLabelBoxes,
  collectOverlayBoxes,
  glyphBox,
  labelOverlapProblems,
  type Box,
} from '../support/label-overlap';
import { waitFor, withHelpers, type EngineSession } from './engine-session';
import { clickText, isReady, lastBlobText, mapIdle, readRenderer, recordBlobs } from './page-helpers';
import type { LabelBox } from '../../src/features/map/webgl/label-boxes';
import { EUROPE_BOUNDS, mercatorY } from '../../src/geo/mercator';

export interface JourneyContext {
  session: EngineSession;
  /** The atlas, ending in '/'. */
  base: string;
  /** A host page on another origin that frames two atlases (e2e/fixtures/host.html). */
  hostUrl: (a: string, b: string) => string;
  /** Where this engine saves downloads, or null when it cannot under automation. */
  downloadDir: string | null;
  screenshotDir: string;
  log: (line: string) => void;
}

export interface Step {
  name: string;
  run: (context: JourneyContext) => Promise<void>;
}

const param = (url: string, name: string) => new URL(url).searchParams.get(name);

async function open(context: JourneyContext, query: string) {
  await context.session.goto(`${context.base}${query}`);
  // Long: a first load in software WebGL on a busy two-core machine took up to 165 s.
  await waitFor('the atlas to be ready (main[data-ready])', () => context.session.evaluate(isReady), 240_000);
}

async function pageUrl(session: EngineSession) {
  return session.evaluate(() => location.href);
}

async function attribute(session: EngineSession, selector: string, name: string) {
  return session.evaluate(
    (sel: string, attr: string) => document.querySelector(sel)?.getAttribute(attr) ?? null,
    selector,
    name,
  );
}

async function text(session: EngineSession, selector: string) {
  return session.evaluate(
    (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? null,
    selector,
  );
}

async function until(what: string, check: () => Promise<boolean>, timeout = 60_000) {
  await waitFor(what, async () => (await check()) || null, timeout);
}

/** Every site of the dataset, by id and town (a cluster's label names the towns it holds). */
const SITES = (
  JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as {
    sites: { id: string; location: { place: string } }[];
  }
).sites.map((site) => ({ id: site.id, place: site.location.place }));

const SITE_LIST =
  'ul[aria-label="Datacenter sites"] button, ul[aria-label="Sites de centres de données"] button';

export const steps: Step[] = [
  {
    name: 'loads, and says which map it drew (WebGL or the SVG fallback)',
    async run(context) {
      await context.session.setViewport(1440, 900);
      await open(context, '?lang=en');
      const info = await context.session.evaluate(readRenderer);
      context.log(`renderer: ${info.renderer}; WebGL2: ${info.webgl2 ? 'yes' : 'no'}`);
      context.log(
        `map path: ${info.mapMode === 'webgl' ? 'WebGL map (maplibre)' : `SVG fallback (${info.mapMode})`}`,
      );
      assert.equal(info.mapMode, info.webgl2 ? 'webgl' : 'noWebgl', 'the map path follows WebGL2 support');
    },
  },
  {
    name: 'selects Borlänge from the list',
    async run({ session }) {
      await clickText(session, SITE_LIST, 'Borlänge');
      await until('Borlänge pressed in the list', async () =>
        session.evaluate((sel: string) => {
          const button = [...document.querySelectorAll(sel)].find((b) => b.textContent?.includes('Borlänge'));
          return button?.getAttribute('aria-pressed') === 'true';
        }, SITE_LIST),
      );
      await until('the details to show Borlänge', async () =>
        ((await text(session, '#details-title')) ?? '').includes('Borlänge'),
      );
      assert.equal(param(await pageUrl(session), 'site'), 'borlange');
    },
  },
  {
    name: 'moves the time cursor with the keyboard, then switches to French',
    async run({ session }) {
      const slider = '[role="slider"]';
      await session.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).focus(), slider);
      await session.press('Home');
      await until('the cursor at its first day', async () =>
        session.evaluate((sel: string) => {
          const el = document.querySelector(sel)!;
          return el.getAttribute('aria-valuenow') === el.getAttribute('aria-valuemin');
        }, slider),
      );
      await session.press('End');
      await session.press('ArrowLeft');
      await until('the cursor one step before its last day', async () =>
        session.evaluate((sel: string) => {
          const el = document.querySelector(sel)!;
          const now = Number(el.getAttribute('aria-valuenow'));
          return (
            now < Number(el.getAttribute('aria-valuemax')) && now > Number(el.getAttribute('aria-valuemin'))
          );
        }, slider),
      );
      await until('the URL to carry the date', async () =>
        /^\d{4}-\d{2}-\d{2}$/.test(param(await pageUrl(session), 'date') ?? ''),
      );
      await clickText(session, 'header button', '=FR');
      await until(
        'the page to be in French',
        async () => (await attribute(session, 'html', 'lang')) === 'fr',
      );
      await until('the site list named in French', async () =>
        session.evaluate(() =>
          Boolean(document.querySelector('ul[aria-label="Sites de centres de données"]')),
        ),
      );
    },
  },
  {
    name: 'presenter mode steps with clicker keys (Right, PageDown)',
    async run(context) {
      const { session } = context;
      await open(context, '?lang=en');
      await clickText(session, 'header button', '=Present');
      const progress = () => text(session, '.presenter-progress [aria-hidden]');
      await until('step 1', async () => /^1 \/ \d+$/.test((await progress()) ?? ''));
      const title1 = await text(session, '#presenter-title');
      await session.press('ArrowRight');
      await until('step 2', async () => /^2 \//.test((await progress()) ?? ''));
      await session.press('PageDown');
      await until('step 3', async () => /^3 \//.test((await progress()) ?? ''));
      await until('the URL at step 3', async () => param(await pageUrl(session), 'present') === '3');
      assert.notEqual(await text(session, '#presenter-title'), title1, 'the step title changes');
      await session.press('Escape');
    },
  },
  {
    name: 'embedded: embed.js sizes the iframe to its content, and a postMessage command selects a site',
    async run({ session, hostUrl }) {
      await session.goto(hostUrl('panels=details&lang=en', 'panels=timeline,details&lang=en'));
      const received = () =>
        session.evaluate(() =>
          (
            window as unknown as {
              received: {
                frame: string;
                data: { type?: string; height?: number; state?: { site: string | null } };
              }[];
            }
          ).received.map((m) => ({
            frame: m.frame,
            type: m.data?.type ?? '',
            height: m.data?.height ?? null,
            site: m.data?.state?.site ?? null,
          })),
        );
      await until(
        'both embeds to send atlas:ready',
        async () => {
          const types = (await received()).map((m) => `${m.frame}:${m.type}`);
          return types.includes('a:atlas:ready') && types.includes('b:atlas:ready');
        },
        120_000,
      );
      // The iframe's height, and the content height the embed last reported, read together.
      const sized = async (name: 'a' | 'b') => {
        const reported = (await received())
          .filter((m) => m.frame === name && m.type === 'atlas:resize')
          .at(-1)?.height;
        const height = await session.evaluate(
          (id: string) => Math.round(document.getElementById(id)!.getBoundingClientRect().height),
          name,
        );
        return reported !== undefined && reported !== null && height === reported ? height : null;
      };
      const a = await waitFor('iframe a at its content height', () => sized('a'));
      const b = await waitFor('iframe b at its content height', () => sized('b'));
      assert.ok(a > 300, `iframe a is ${a} px tall`);
      assert.ok(b > a, `the embed with the timeline (${b} px) is taller than the one without (${a} px)`);
      await session.evaluate(() =>
        (window as unknown as { send: (n: string, m: unknown) => void }).send('a', {
          type: 'atlas:select',
          version: 1,
          site: 'borlange',
        }),
      );
      await until('the embed to report Borlänge selected', async () =>
        (await received()).some((m) => m.frame === 'a' && m.type === 'atlas:state' && m.site === 'borlange'),
      );
      await waitFor('iframe a to grow with the details', async () => {
        const height = await sized('a');
        return height !== null && height > a + 100 ? height : null;
      });
    },
  },
  {
    name: 'the sites CSV: the Blob the page makes (and, where the engine saves downloads, the file)',
    async run(context) {
      const { session, downloadDir } = context;
      await open(context, '?lang=en');
      await session.evaluate(recordBlobs);
      await clickText(session, '.downloads-menu button[aria-expanded]', 'Downloads');
      await clickText(session, '.downloads-list button', 'Sites (CSV)');
      const blob = await waitFor('the page to make the CSV', () => session.evaluate(lastBlobText));
      assert.match(blob.type, /^text\/csv/);
      assert.deepEqual(blob.bytes, [0xef, 0xbb, 0xbf], 'the CSV starts with a UTF-8 BOM');
      const lines = blob.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      const header = lines[0]!.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
      assert.deepEqual(header.slice(0, 4), ['id', 'name_fr', 'name_en', 'operator']);
      for (const id of ['"essonne"', '"borlange"'])
        assert.ok(blob.text.includes(`\n${id},`), `a row for ${id}`);
      assert.ok(blob.text.includes('Borlänge'), 'the CSV names Borlänge');
      if (downloadDir) {
        // Firefox creates the file, then writes it: wait for the whole of it.
        const file = await waitFor('the whole CSV in the download folder', async () => {
          const found =
            existsSync(downloadDir) && readdirSync(downloadDir).find((f) => /-sites\.csv$/.test(f));
          // The Blob's text was decoded without its BOM (TextDecoder's default); the file keeps it.
          const saved = found ? readFileSync(join(downloadDir, found), 'utf8').replace(/^\uFEFF/, '') : null;
          return found && saved === blob.text.replace(/^\uFEFF/, '') ? found : null;
        });
        assert.ok(
          readFileSync(join(downloadDir, file))
            .subarray(0, 3)
            .equals(Buffer.from([0xef, 0xbb, 0xbf])),
        );
        context.log(`download: saved ${file}`);
      } else {
        context.log('download: this engine saves no file under automation; checked the Blob the page made');
      }
    },
  },
  {
    name: 'what the engine lacks takes the documented fallback (video export, service worker)',
    async run(context) {
      const { session } = context;
      const support = await session.evaluate(() => {
        const w = window as unknown as {
          VideoEncoder?: unknown;
          MediaRecorder?: { isTypeSupported?: (t: string) => boolean };
        };
        const capture = typeof HTMLCanvasElement.prototype.captureStream === 'function';
        const webm = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].some(
          (t) => w.MediaRecorder?.isTypeSupported?.(t) ?? false,
        );
        return {
          webCodecs: typeof w.VideoEncoder === 'function',
          mediaRecorderWebm: Boolean(w.MediaRecorder) && capture && webm,
          serviceWorker: 'serviceWorker' in navigator,
          showSaveFilePicker: 'showSaveFilePicker' in window,
        };
      });
      context.log(
        `features: WebCodecs ${support.webCodecs ? 'yes' : 'no'}, MediaRecorder WebM ${support.mediaRecorderWebm ? 'yes' : 'no'}, ` +
          `service worker ${support.serviceWorker ? 'yes' : 'no'}, showSaveFilePicker ${support.showSaveFilePicker ? 'yes' : 'no (the atlas never uses it: downloads are Blob links)'}`,
      );
      await session.press('Escape');
      await clickText(session, 'header button', '=Export');
      const canRecord = support.webCodecs || support.mediaRecorderWebm;
      await until(canRecord ? 'the video item' : 'the "cannot record video" hint', async () =>
        session.evaluate(
          (can: boolean) =>
            can
              ? [...document.querySelectorAll('button')].some((b) =>
                  b.textContent?.includes('Record the timeline'),
                )
              : [...document.querySelectorAll('.menu-list-hint')].some((p) =>
                  p.textContent?.includes('cannot record video'),
                ),
          canRecord,
        ),
      );
      context.log(
        `video export: ${canRecord ? 'offered' : 'not offered, the menu says why (documented fallback)'}`,
      );
      await session.press('Escape');
      if (support.serviceWorker) {
        const registered = await waitFor(
          'the service worker registration to settle',
          () =>
            session.evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              if (!registration) return 'none';
              return registration.active ? 'active' : null;
            }),
          60_000,
        ).catch(() => 'pending');
        context.log(
          `service worker: ${registered}${registered === 'none' ? ' (the atlas works online without one)' : ''}`,
        );
      } else {
        context.log('service worker: not in this engine (the atlas works online without one)');
      }
    },
  },
  ...(
    [
      [1440, 900, 'en'],
      [1440, 900, 'fr'],
      [1024, 768, 'en'],
      [1024, 768, 'fr'],
    ] as const
  ).map(([width, height, lang]) => ({
    name: `no site label under a callout, the legend or the controls at ${width}×${height} (${lang}, screenshot)`,
    async run(context: JourneyContext) {
      const { session } = context;
      await session.setViewport(width, height);
      await open(context, `?lang=${lang}`);
      await session.evaluate(mapIdle);
      // The pledge callouts are their own chunk: on a busy machine they can come after the map's idle.
      await waitFor('a pledge callout on the map', () =>
        session.evaluate(() => document.querySelector('.pledge-callout .pledge-card') !== null || null),
      );
      const mode = await attribute(session, '.map-view', 'data-map-mode');
      const frameSelector = mode === 'webgl' ? '.map-container' : '.map-fallback-stage';
      const measured = await session.evaluateSource<{
        width: number;
        height: number;
        overlays: Box[];
        labels: unknown[];
        webgl: boolean;
        camera: { zoom: number; center: [number, number] } | null;
      }>(
        withHelpers(
          { collectOverlayBoxes, collectFallbackLabelBoxes },
          (sel: string) => {
            const frame = document.querySelector(sel)!;
            const rect = frame.getBoundingClientRect();
            const handle = (
              frame as Element & {
                __atlasMap?: {
                  labelBoxes: () => unknown[];
                  camera: () => { zoom: number; center: [number, number] };
                };
              }
            ).__atlasMap;
            return {
              width: rect.width,
              height: rect.height,
              overlays: collectOverlayBoxes(frame),
              labels: handle ? handle.labelBoxes() : collectFallbackLabelBoxes(frame),
              webgl: Boolean(handle),
              camera: handle ? handle.camera() : null,
            };
          },
          [frameSelector],
        ),
      );
      const labels: Box[] = measured.webgl
        ? (measured.labels as LabelBox[]).map(glyphBox)
        : (measured.labels as Box[]);
      const shot = join(
        context.screenshotDir,
        `${session.name.replace(/\W+/g, '-')}-${width}x${height}-${lang}.png`,
      );
      await session.screenshot(shot);
      context.log(`screenshot: ${shot}`);
      const drawn = labels.map((l) => l.name).join(', ');
      if (measured.webgl) {
        // At the overview every site is named, by its own label or by its cluster's, which names
        // the towns it holds ("cluster:Bruyères-le-Châtel, Les Ulis, Fouju").
        const ids = (labels as (Box & { id: string })[]).map((l) => l.id);
        const clustered = ids
          .filter((id) => id.startsWith('cluster:'))
          .flatMap((id) => id.slice(8).split(', '));
        const unnamed = SITES.filter((s) => !ids.includes(s.id) && !clustered.includes(s.place));
        assert.deepEqual(unnamed, [], `every site named on the map (drawn: ${drawn})`);
        // The first view is the European one, centred on it: in Firefox the map was once created in
        // a box with no size yet, and the view sat far north of it (France cut at the bottom).
        const [[west, south], [east, north]] = EUROPE_BOUNDS;
        const middle = (Math.atan(Math.sinh((mercatorY(south) + mercatorY(north)) / 2)) * 180) / Math.PI;
        const [lon, lat] = measured.camera!.center;
        assert.ok(
          Math.abs(lat - middle) < 0.5 && Math.abs(lon - (west + east) / 2) < 0.5,
          `the first view centred on Europe (${middle.toFixed(2)}° N), not at ${lat.toFixed(2)}° N ${lon.toFixed(2)}° E`,
        );
      } else {
        // The SVG fallback draws every site with its own label: it has no clusters.
        assert.equal(labels.length, SITES.length, `one label per site (drawn: ${drawn})`);
      }
      assert.ok(
        measured.overlays.some((o) => o.name.startsWith('callout')),
        'a pledge callout is drawn',
      );
      // The header's switch captions ("Language", "Theme") sit in the row of their buttons: WebKit
      // drew a fieldset's legend in its border, above the row, whatever its float.
      const captionsOut = await session.evaluate(() =>
        [...document.querySelectorAll('header .segmented')].flatMap((group) => {
          const caption = group.querySelector('.segmented-caption, legend');
          const button = group.querySelector('button');
          if (!caption || !button || caption.getClientRects().length === 0) return [];
          const c = caption.getBoundingClientRect();
          const b = button.getBoundingClientRect();
          const offRow = Math.abs((c.top + c.bottom) / 2 - (b.top + b.bottom) / 2) > 4;
          return offRow
            ? [
                `${caption.textContent}: ${Math.round(c.top)}–${Math.round(c.bottom)} px, buttons ${Math.round(b.top)}–${Math.round(b.bottom)} px`,
              ]
            : [];
        }),
      );
      assert.deepEqual(captionsOut, [], 'every switch caption in the row of its buttons');
      const problems = labelOverlapProblems(labels, measured.overlays, measured);
      if (measured.webgl) {
        assert.deepEqual(problems, []);
        return;
      }
      // The SVG fallback fills its frame: no strip of the frame left without map.
      const fill = await session.evaluate(() => {
        const frame = document.querySelector('.map-fallback-frame')!.getBoundingClientRect();
        const stage = document.querySelector('.map-fallback-stage > svg')!.getBoundingClientRect();
        return { right: Math.round(frame.right - stage.right), left: Math.round(stage.left - frame.left) };
      });
      assert.deepEqual(fill, { right: 0, left: 0 }, 'the fallback map reaches both edges of its frame');
      // Its labels are fixed DOM text that does not dodge the overlays yet (docs/browsers.md): the
      // rule's findings are printed, not enforced, so they stay in view without failing the run.
      for (const problem of problems) context.log(`KNOWN (SVG fallback, not enforced): ${problem}`);
    },
  })),
];
