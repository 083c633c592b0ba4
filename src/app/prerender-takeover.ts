/**
 * The build prerenders the default view into #root (scripts/prerender/). React's createRoot would
 * wipe it on its first render and show "Loading…" until the dataset is validated: a flash. So the
 * prerendered nodes move to a sibling shelf and stay on screen while React renders into a hidden
 * #root; when the atlas (or its error panel) is in, one swap shows it. The app's markup uses the same
 * boxes, so nothing shifts; if the app never gets there, the prerendered page stays readable.
 */
/** Every view the app can open on: the atlas, its error panel, the presenter stage, the speaker
 * notes, the presenter's "no story" alert, and the Data desk. A view missing here would stay hidden forever. */
const VIEWS =
  '.live-summary, .app-main-error, .presenter-stage, .presenter-notes, main [role="alert"], .data-desk';
const rendered = (root: HTMLElement) => root.querySelector(VIEWS) !== null;

export function takeOverPrerendered(root: HTMLElement, isRendered = rendered): void {
  if (!root.querySelector('[data-prerendered]')) return;
  const shelf = document.createElement('div');
  shelf.className = 'prerendered';
  shelf.append(...Array.from(root.childNodes));
  root.before(shelf);
  root.hidden = true;
  const observer = new MutationObserver(() => {
    if (!isRendered(root)) return;
    observer.disconnect();
    shelf.remove();
    root.hidden = false;
  });
  observer.observe(root, { childList: true, subtree: true });
}
