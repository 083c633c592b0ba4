/**
 * maplibre-gl.css is 70 KB, three quarters of it the icons of controls the atlas never adds (zoom,
 * compass, geolocate, fullscreen, globe, terrain buttons and the logo: the atlas draws its own
 * buttons, src/features/map/webgl/map-controls.tsx). For the first-view budget, this drops only the
 * rules that style those icons, at build and in dev; every other rule of maplibre's CSS stays.
 */
import type { Plugin } from 'vite';

const UNUSED_CONTROL =
  /\.maplibregl-ctrl-(?:compass|fullscreen|geolocate|globe|shrink|terrain|zoom-in|zoom-out)\b|^a\.maplibregl-ctrl-logo\b/;

const isUnusedIcon = (selectors: string) =>
  selectors.split(',').every((selector) => UNUSED_CONTROL.test(selector.trim()));

/** maplibre's CSS without the rules that only style controls the atlas never adds. */
export function trimMaplibreCss(css: string): string {
  // A rule is `selectors{declarations}`; one nested in @media is matched from its own selectors.
  return css.replace(/([^{}]*)\{([^{}]*)\}/g, (rule, selectors: string) =>
    selectors.trim().startsWith('@') || !isUnusedIcon(selectors) ? rule : '',
  );
}

export function trimMaplibreCssPlugin(): Plugin {
  return {
    name: 'compute-atlas-trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      return id.split('?')[0]!.endsWith('/maplibre-gl/dist/maplibre-gl.css') ? trimMaplibreCss(code) : null;
    },
  };
}
