/**
 * What the default view downloads, read from the build's chunk graph (dist/.vite/manifest.json)
 * and index.html: the entry and its static imports (the JavaScript before the app's first paint),
 * then the lazy chunks the default view opens (map, timeline, investments, the English
 * strings) with their imports, CSS and assets, and the files index.html links to. `npm run bench`
 * checks this list against what Chromium really fetched.
 */
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Source modules the default view imports lazily (the prerendered language is English). */
export const DEFAULT_VIEW_LAZY = [
  /^src\/features\/map\/map-view\.tsx$/,
  /^src\/features\/map\/webgl\/map-adapter\.ts$/,
  /^src\/features\/timeline\/timeline-panel\.tsx$/,
  /^src\/features\/investments\/investments-panel\.tsx$/,
  /^src\/i18n\/locales\/en\/[\w-]+\.json$/,
];

/** Of the font subsets a CSS names, the browser fetches only those whose unicode-range the page uses. */
const unusedFont = (file: string) => file.endsWith('.woff2') && !/inter-latin-wght-normal/.test(file);

function closure(manifest: Manifest, keys: string[], withCss: boolean): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    if (!withCss) return chunk.imports?.forEach(visit);
    chunk.css?.forEach((file) => files.add(file));
    // Of a chunk's assets only the worker and fonts are fetched on their own; the rest (the schema
    // JSON, the dataset URL) are download links or come through index.html's preload links.
    for (const file of chunk.assets ?? []) if (/\.(mjs|woff2)$/.test(file)) files.add(file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

/** The entry's JavaScript: what must arrive before React paints anything. */
export function firstPaintJs(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  return [...closure(manifest, entry, false)].filter((file) => file.endsWith('.js')).sort();
}

/** Every file of the default view, paths relative to dist/. */
export function firstViewFiles(manifest: Manifest, indexHtml: string): string[] {
  const entry = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const lazy = Object.keys(manifest).filter((key) => DEFAULT_VIEW_LAZY.some((re) => re.test(key)));
  const files = closure(manifest, [...entry, ...lazy], true);
  files.add('index.html');
  // Every file index.html links to, except the apple-touch-icon (fetched only when a visitor adds
  // the page to a home screen) and the feeds (rel="alternate": a feed reader's, never fetched on load).
  for (const match of indexHtml.matchAll(/<[^>]*(?:href|src)="\.\/([^"]+)"[^>]*>/g))
    if (!/rel="(apple-touch-icon|alternate)"/.test(match[0])) files.add(match[1]!);
  return [...files].filter((file) => !unusedFont(file)).sort();
}

/** Bytes on the wire: gzip (level 6, as nginx/compression serve) except for already compressed fonts. */
export function wireBytes(file: string, content: Buffer): { raw: number; gzip: number } {
  const gzip = file.endsWith('.woff2') ? content.length : gzipSync(content, { level: 6 }).length;
  return { raw: content.length, gzip };
}
