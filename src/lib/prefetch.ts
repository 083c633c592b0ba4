/**
 * Fetches a chunk ahead of need. Its failure is not an error of the page: the real load (React's
 * lazy) fetches again when the panel is shown, and its boundary reports a failure there. Left
 * unhandled, a failed prefetch is an uncaught rejection: Firefox fails the CSS preload of a chunk
 * still loading when the page is left, and Vite's preloader throws "Unable to preload CSS".
 */
export function prefetch(load: () => Promise<unknown>): void {
  load().catch(() => {});
}
