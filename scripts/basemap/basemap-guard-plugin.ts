/**
 * `vite build` writes public/basemap/ first when it is missing. The folder is generated and
 * gitignored, and only `npm run build` makes it (its prebuild step): a bare `npx vite build` in a
 * fresh checkout shipped an atlas whose map said "the basemap could not be loaded" (seen in the
 * Data desk's preview), with no error anywhere in the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FONT_FILES } from '../../src/geo/label-font.ts';

/** Every file the map asks for under basemap/, relative to that folder. */
export const BASEMAP_FILES = [
  'countries.geojson',
  'borders.geojson',
  'labels.geojson',
  ...FONT_FILES.map(({ file }) => `fonts/${file}`),
];

export function missingBasemapFiles(dir: string): string[] {
  return BASEMAP_FILES.filter((file) => !existsSync(join(dir, file)));
}

export function basemapGuardPlugin(root = process.cwd()): Plugin {
  return {
    name: 'atlas-basemap-guard',
    apply: 'build',
    buildStart() {
      const dir = join(root, 'public', 'basemap');
      const missing = missingBasemapFiles(dir);
      if (missing.length === 0) return;
      this.warn(`public/basemap/ lacks ${missing.join(', ')}: running \`npm run basemap\` first`);
      execFileSync('npx', ['tsx', 'scripts/build-basemap.ts'], { cwd: root, stdio: 'inherit' });
      const still = missingBasemapFiles(dir);
      if (still.length > 0) this.error(`public/basemap/ still lacks ${still.join(', ')}`);
    },
  };
}
