/**
 * The map's label font is the very file the UI's CSS loads (one font file, not two
 * copies). Vite emits one hashed asset per source file, so importing the fontsource woff2 files
 * with `?url` yields the URLs that `@fontsource-variable/inter/index.css` points at; the browser
 * fetches each once for both the CSS @font-face and maplibre's FontFace.
 */
import latin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import latinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?url';
import type { FontFaces } from './label-font';

const BUNDLED: Record<string, string> = {
  'inter-latin-wght-normal.woff2': latin,
  'inter-latin-ext-wght-normal.woff2': latinExt,
};

/**
 * The same font-faces, each url swapped for the bundled asset's absolute URL when there is one.
 * `baseUrl` (absolute) resolves the dev server's root-relative URLs; built ones are already absolute.
 */
export function withBundledFontUrls(faces: FontFaces, baseUrl: string): FontFaces {
  return Object.fromEntries(
    Object.entries(faces).map(([name, list]) => [
      name,
      list.map((face) => {
        const bundled = BUNDLED[face.url.slice(face.url.lastIndexOf('/') + 1)];
        return bundled ? { ...face, url: new URL(bundled, baseUrl).href } : face;
      }),
    ]),
  );
}
