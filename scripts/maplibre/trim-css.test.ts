import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from './trim-css';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimMaplibreCss(css);

describe('trimMaplibreCss', () => {
  it('drops the icons of the controls the atlas never adds', () => {
    for (const control of ['zoom-in', 'zoom-out', 'compass', 'geolocate', 'fullscreen', 'globe', 'terrain'])
      expect(trimmed).not.toContain(`maplibregl-ctrl-${control} .maplibregl-ctrl-icon`);
    expect(trimmed).not.toContain('a.maplibregl-ctrl-logo');
    expect(trimmed.length).toBeLessThan(css.length - 40_000);
    // What is left of the inline icons: the attribution button's.
    expect(trimmed.match(/data:image\/svg\+xml/g)?.length).toBeLessThanOrEqual(3);
  });

  it('keeps every rule the atlas uses: the map, its canvas, markers, attribution, popups', () => {
    for (const selector of [
      '.maplibregl-map{',
      '.maplibregl-canvas-container.maplibregl-interactive',
      '.maplibregl-marker{',
      '.maplibregl-ctrl-attrib',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-popup{',
    ])
      expect(trimmed).toContain(selector);
  });

  it('leaves valid CSS, with a rule listing a used selector beside an unused one kept whole', () => {
    expect(() => transform({ filename: 'maplibre-gl.css', code: Buffer.from(trimmed) })).not.toThrow();
    expect(trimMaplibreCss('.maplibregl-ctrl-zoom-in,.maplibregl-map{a:b}')).toBe(
      '.maplibregl-ctrl-zoom-in,.maplibregl-map{a:b}',
    );
    expect(trimMaplibreCss('@media (x){.maplibregl-ctrl-compass .maplibregl-ctrl-icon{a:b}.c{d:e}}')).toBe(
      '@media (x){.c{d:e}}',
    );
  });
});
