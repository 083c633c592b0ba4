/**
 * A static picture of the default map for the prerendered page: the SVG basemap (the same GeoJSON
 * maplibre draws) with one dot per site in its status colour, using the SVG fallback's projection.
 * Presentation attributes only (no <style>), so it needs nothing from the page's CSP.
 */
import {
  EUROPE_BOUNDS,
  fitMercator,
  joinGeometryLines,
  type FittedProjection,
} from '../../src/geo/mercator.ts';
import type { SiteStatus } from '../../src/dataset/schema';
import { clipLine, clipRing } from '../basemap/box-clip.ts';

export interface StaticMapInput {
  countries: GeoJSON.FeatureCollection;
  borders: GeoJSON.FeatureCollection;
  sites: { lon: number; lat: number; status: SiteStatus | null }[];
  /** CSS custom properties of the light theme (tokens.css), e.g. `--map-sea`. */
  tokens: Record<string, string>;
  /** The dark theme's (tokens.css), drawn when the system prefers dark: the page does too before JavaScript. */
  darkTokens?: Record<string, string>;
  width?: number;
}

/** The `:root { --name: value }` declarations of a CSS file (the light theme). */
export function rootTokens(css: string): Record<string, string> {
  return declarations(/:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '');
}

/** The `--name: value` declarations of a block's body. */
export function declarations(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/**
 * A path in whole units, clipped to the picture (with a small margin), with points closer than
 * `step` to the last one dropped, in relative commands: a picture shown at most ~900 px wide needs
 * no more, and it is a fraction of the bytes of the fallback's 0.1-unit absolute paths.
 */
export function coarsePath(
  geometry: GeoJSON.Geometry,
  project: FittedProjection['project'],
  frame: { width: number; height: number },
  step = 2.5,
): string {
  const margin = 4;
  const box = { west: -margin, south: -margin, east: frame.width + margin, north: frame.height + margin };
  const draw = (kept: [number, number][], close: boolean) => {
    if (kept.length < (close ? 3 : 2)) return '';
    const [x0, y0] = kept[0]!;
    const steps = kept.slice(1).map(([x, y], i) => `${x - kept[i]![0]} ${y - kept[i]![1]}`);
    return `M${x0} ${y0}l${steps.join(' ')}`.replace(/ -/g, '-') + (close ? 'z' : '');
  };
  const coarse = (points: [number, number][]) => {
    const kept: [number, number][] = [];
    for (const [px, py] of points) {
      const x = Math.round(px);
      const y = Math.round(py);
      const last = kept.at(-1);
      if (!last || Math.abs(x - last[0]) + Math.abs(y - last[1]) >= step) kept.push([x, y]);
    }
    return kept;
  };
  const line = (points: GeoJSON.Position[], close: boolean) => {
    const projected = points.map((p) => project([p[0]!, p[1]!]));
    if (close) {
      const ring = clipRing(projected, box);
      return ring ? draw(coarse(ring.slice(0, -1)), true) : '';
    }
    return clipLine(projected, box)
      .map((piece) => draw(coarse(piece), false))
      .join('');
  };
  return joinGeometryLines(geometry, line);
}

export function staticMapSvg({
  countries,
  borders,
  sites,
  tokens,
  darkTokens = {},
  width = 900,
}: StaticMapInput): string {
  const { height, project } = fitMercator(EUROPE_BOUNDS, width);
  const land = countries.features.map((f) => coarsePath(f.geometry, project, { width, height })).join('');
  const lines = borders.features.map((f) => coarsePath(f.geometry, project, { width, height })).join('');
  const statuses = [...new Set(sites.map(({ status }) => status ?? 'announced'))];
  const dots = sites
    .map(({ lon, lat, status }) => {
      const [x, y] = project([lon, lat]);
      return `<circle class="s-${status ?? 'announced'}" cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="9" stroke-width="3"/>`;
    })
    .join('');
  // Colours as classes, so that the system's dark preference can repaint them (an <img> follows it).
  const rules = (theme: Record<string, string>) => {
    const color = (name: string, fallback: string) => theme[name] ?? tokens[name] ?? fallback;
    return [
      `.sea{fill:${color('--map-sea', '#dbe7ef')}}`,
      `.land{fill:${color('--map-land', '#f7f4ec')}}`,
      `.border{fill:none;stroke:${color('--map-border', '#a9a396')}}`,
      `circle{stroke:${color('--map-halo', '#fff')}}`,
      ...statuses.map((status) => `.s-${status}{fill:${color(`--status-${status}`, '#555')}}`),
    ].join('');
  };
  const h = height.toFixed(0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">`,
    `<style>${rules({})}@media (prefers-color-scheme: dark){${rules(darkTokens)}}</style>`,
    `<rect class="sea" width="${width}" height="${h}"/>`,
    `<path class="land" d="${land}"/>`,
    `<path class="border" d="${lines}" stroke-width="1.2"/>`,
    dots,
    '</svg>',
  ].join('');
}
