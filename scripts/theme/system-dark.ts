/**
 * Dark before JavaScript (the app takes over the prerendered page without a flash).
 * tokens.css holds the dark theme once, under `:root[data-theme='dark']`, the attribute the app
 * sets. index.html ships with no data-theme, so until the app runs (or with JavaScript off) the
 * page follows the system: this plugin repeats the dark block for `:root:not([data-theme])` under
 * `prefers-color-scheme: dark`, at build and in dev, so the tokens stay written once.
 */
import type { Plugin } from 'vite';

export const DARK_SELECTOR = ":root[data-theme='dark']";

/** The declarations inside the dark theme's block, or null when the CSS has none. */
export function darkBlock(css: string): string | null {
  const start = css.indexOf(`${DARK_SELECTOR} {`);
  if (start < 0) return null;
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  return close < 0 ? null : css.slice(open + 1, close);
}

/** The CSS with the dark block repeated for a page whose theme is not chosen yet. */
export function withSystemDark(css: string): string {
  const block = darkBlock(css);
  if (block === null) throw new Error(`tokens.css has no ${DARK_SELECTOR} block`);
  return `${css}\n@media (prefers-color-scheme: dark) {\n  :root:not([data-theme]) {${block}}\n}\n`;
}

export function systemDarkPlugin(): Plugin {
  return {
    name: 'compute-atlas-system-dark',
    enforce: 'pre',
    transform(code, id) {
      return id.split('?')[0]!.endsWith('/src/styles/tokens.css') ? withSystemDark(code) : null;
    },
  };
}
