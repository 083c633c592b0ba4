/** The build's chunk graph (dist/.vite/manifest.json); exits with a hint when there is no build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from './first-view';

export function readManifest(dist: string): Manifest {
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`${manifestFile} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}
