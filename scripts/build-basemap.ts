/**
 * Writes the offline European basemap into public/basemap/ (generated, gitignored): countries,
 * interior borders and label points as GeoJSON from Natural Earth 1:50m (npm `world-atlas`), plus
 * the label font and its licence. Run by `npm run basemap`, and before `dev` and `build`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBasemap } from './basemap/build-basemap-data.ts';
import type { WorldTopology } from './basemap/build-basemap-data.ts';
import { FONT_FILES } from '../src/geo/label-font.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'basemap');
const fontSource = join(root, 'node_modules', '@fontsource-variable', 'inter');

const topology = JSON.parse(
  readFileSync(join(root, 'node_modules', 'world-atlas', 'countries-50m.json'), 'utf8'),
) as WorldTopology;
const basemap = buildBasemap(topology);

mkdirSync(join(outDir, 'fonts'), { recursive: true });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let totalGzip = 0;
for (const [name, collection] of Object.entries(basemap)) {
  const text = JSON.stringify(collection);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text).length;
  totalGzip += gzip;
  writeFileSync(join(outDir, `${name}.geojson`), text);
  console.log(
    `basemap/${name}.geojson  ${collection.features.length} features  ${kb(raw)} raw  ${kb(gzip)} gzip`,
  );
}
console.log(`basemap geojson total    ${kb(totalGzip)} gzip (budget 150 KB)`);

for (const { file } of FONT_FILES) copyFileSync(join(fontSource, 'files', file), join(outDir, 'fonts', file));
copyFileSync(join(fontSource, 'LICENSE'), join(outDir, 'fonts', 'OFL.txt'));
writeFileSync(
  join(outDir, 'NOTICE.txt'),
  'Made with Natural Earth (public domain, naturalearthdata.com), via the npm package world-atlas.\n' +
    'Font: Inter (rsms.me/inter), SIL Open Font License 1.1, see fonts/OFL.txt.\n',
);
console.log(`basemap/fonts            ${FONT_FILES.length} woff2 files + OFL.txt`);
