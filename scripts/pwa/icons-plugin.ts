/** Vite plugin: emits the install icons (icons.ts) into the build, so `npm run build` makes them. */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { ICONS, renderIcon } from './icons.ts';

export function atlasIconsPlugin(faviconPath: string, background: string): Plugin {
  return {
    name: 'atlas-pwa-icons',
    apply: 'build',
    generateBundle() {
      const favicon = readFileSync(faviconPath, 'utf8');
      for (const spec of ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: spec.fileName,
          source: renderIcon(favicon, spec, background),
        });
      }
    },
  };
}
