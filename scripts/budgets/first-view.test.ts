import { describe, expect, it } from 'vitest';
import { firstPaintJs, firstViewFiles, type Manifest } from './first-view';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/features/map/map-view.tsx', 'src/features/export/export.ts'],
    css: ['assets/index.css'],
    assets: [
      'assets/inter-latin-wght-normal-x.woff2',
      'assets/inter-greek-wght-normal-y.woff2',
      'assets/schema.json',
    ],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/features/map/map-view.tsx': {
    file: 'assets/map-view.js',
    imports: ['_shared.js'],
    css: ['assets/map.css'],
  },
  'src/features/export/export.ts': { file: 'assets/export.js' },
  'src/i18n/locales/en/common.json': { file: 'assets/common-en.js' },
  'src/i18n/locales/fr/common.json': { file: 'assets/common-fr.js' },
};

describe('first view files', () => {
  it('counts the entry and its static imports as first-paint JavaScript', () => {
    expect(firstPaintJs(manifest)).toEqual(['assets/index.js', 'assets/shared.js']);
  });

  it('adds the default view lazy chunks, their CSS, the used font and index.html links, nothing else', () => {
    const html =
      '<link rel="preload" href="./basemap/countries.geojson"><img src="./map-picture.svg">' +
      '<link\n  rel="alternate"\n  type="application/atom+xml"\n  href="./changelog.xml"\n/>';
    expect(firstViewFiles(manifest, html)).toEqual([
      'assets/common-en.js',
      'assets/index.css',
      'assets/index.js',
      'assets/inter-latin-wght-normal-x.woff2',
      'assets/map-view.js',
      'assets/map.css',
      'assets/shared.js',
      'basemap/countries.geojson',
      'index.html',
      'map-picture.svg',
    ]);
  });
});
