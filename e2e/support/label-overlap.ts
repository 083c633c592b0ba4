/**
 * The "labels never hidden" rule, shared by the Chromium journey (e2e/label-overlap.spec.ts) and
 * the Firefox and WebKit smoke journeys (e2e/engines/): no site label that the map drew is covered
 * by a pledge callout, the legend or the map controls, or cut by the map's edge.
 * The in-page collectors below are sent to the browser as source text, so they close over nothing.
 */
import type { LabelBox } from '../../src/features/map/webgl/label-boxes';

export interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** maplibre's collision box is the glyphs plus `text-padding` (2 px, the default) on each side. */
export const TEXT_PADDING = 2;

export const meets = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A WebGL label box (from the map's test handle) as the glyphs' own box. */
export function glyphBox(label: LabelBox): Box & { id: string } {
  return {
    name: `label ${label.id}`,
    id: label.id,
    left: label.left + TEXT_PADDING,
    top: label.top + TEXT_PADDING,
    right: label.right - TEXT_PADDING,
    bottom: label.bottom - TEXT_PADDING,
  };
}

/**
 * In the page, given the map frame (WebGL: `.map-container`; SVG fallback: `.map-fallback-stage`):
 * what the map draws over itself, in frame pixels. Hidden elements have no box.
 */
export function collectOverlayBoxes(frame: Element): Box[] {
  const origin = frame.getBoundingClientRect();
  const root = frame.closest('.map-view') ?? frame;
  const selectors = [
    ['callout', '.pledge-callout .pledge-card, .pledge-callout .pledge-pin'],
    ['legend', '.map-legend'],
    ['controls', '.map-controls, .maplibregl-ctrl'],
  ] as const;
  return selectors.flatMap(([kind, selector]) =>
    [...root.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = `${kind} ${el.className} ${el.closest('.pledge-callout')?.textContent ?? ''}`.trim();
        return {
          name,
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
      }),
  );
}

/** In the page: the SVG fallback's site labels (real DOM text), in the stage's pixels. */
export function collectFallbackLabelBoxes(stage: Element): (Box & { id: string })[] {
  const origin = stage.getBoundingClientRect();
  return [...stage.querySelectorAll<HTMLElement>('.map-fallback-sites .site-label')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => {
      const r = el.getBoundingClientRect();
      const id = el.textContent ?? '';
      return {
        name: `label ${id}`,
        id,
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      };
    });
}

/** Every breach of the rule, as "what under what" or "what cut by the edge"; empty when none. */
export function labelOverlapProblems(
  labels: Box[],
  overlays: Box[],
  frame: { width: number; height: number },
): string[] {
  const cut = labels
    .filter((l) => l.left < 0 || l.top < 0 || l.right > frame.width || l.bottom > frame.height)
    .map((l) => `${l.name} cut by the map's edge`);
  const covered = labels.flatMap((label) =>
    overlays.filter((o) => meets(label, o)).map((o) => `${label.name} under ${o.name}`),
  );
  return [...cut, ...covered];
}
