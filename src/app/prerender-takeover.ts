/**
 * The build prerenders the default view into #root (scripts/prerender/). React's createRoot would
 * wipe it on its first render and show "Loading…" until the dataset is validated: a flash. So the
 * prerendered nodes move to a sibling shelf and stay on screen while React renders into a hidden
 * #root; when the atlas (or its error panel) is in, one swap shows it. The app's markup uses the same
 * boxes, so nothing shifts; if the app never gets there, the prerendered page stays readable.
 *
 * The live map draws its first frame well after that swap (its chunk, its worker, the basemap), so
 * the prerendered map picture moves into the live map's box and covers it until the map has drawn
 * (`atlas:ready`): the visitor never sees an empty box between the two maps.
 */
import { whenAtlasReady } from '../lib/atlas-ready';

/** Every view the app can open on: the atlas, its error panel, the presenter stage, the speaker
 * notes, the presenter's "no story" alert, and the Data desk. A view missing here would stay hidden forever. */
const VIEWS =
  '.live-summary, .app-main-error, .presenter-stage, .presenter-notes, main [role="alert"], .data-desk';
/** A chart panel still loading its chunk (atlas-view's LoadingPanel) would replace a baked chart
 * with an empty box: the swap waits for it. */
const rendered = (root: HTMLElement) =>
  root.querySelector(VIEWS) !== null && root.querySelector('section[aria-busy="true"]') === null;
/** The map reports even when it cannot draw (the SVG map, a failed panel): a slow machine may take
 * long, and the picture is better than an empty box meanwhile. */
const MAP_DRAWN_LIMIT_MS = 120_000;
const whenMapReady = (callback: () => void) => void whenAtlasReady(callback, MAP_DRAWN_LIMIT_MS);

export function takeOverPrerendered(
  root: HTMLElement,
  isRendered = rendered,
  whenMapDrawn: (callback: () => void) => void = whenMapReady,
): void {
  if (!root.querySelector('[data-prerendered]')) return;
  const shelf = document.createElement('div');
  shelf.className = 'prerendered';
  // Its controls are dead copies: nothing, a visitor or a test, may act on them during the swap.
  shelf.inert = true;
  shelf.append(...Array.from(root.childNodes));
  root.before(shelf);
  root.hidden = true;
  const observer = new MutationObserver(() => {
    if (!isRendered(root)) return;
    observer.disconnect();
    coverLiveMap(shelf, root, whenMapDrawn);
    shelf.remove();
    root.hidden = false;
  });
  observer.observe(root, { childList: true, subtree: true });
}

function coverLiveMap(shelf: HTMLElement, root: HTMLElement, whenMapDrawn: (callback: () => void) => void) {
  const picture = shelf.querySelector<HTMLImageElement>('img.prerender-map');
  const liveMap = root.querySelector('.panel-map');
  if (!picture || !liveMap) return;
  // The live map panel carries the accessible name; the cover is only pixels.
  picture.alt = '';
  picture.classList.add('prerender-map-cover');
  liveMap.append(picture);
  whenMapDrawn(() => picture.remove());
}
