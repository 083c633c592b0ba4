/** String passes over the prerendered markup of the baked chart panels (render-view.tsx). */

/**
 * The ids of a second copy of the panels, given a suffix with every reference to them (labels,
 * descriptions, the figures' patterns and gradients): without JavaScript both copies are in the
 * DOM, and a url(#id) would otherwise paint from the hidden one.
 */
export function suffixIds(html: string, suffix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  const rename = (id: string) => (ids.has(id) ? `${id}${suffix}` : id);
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
    .replace(
      /(\saria-(?:labelledby|describedby|controls)=")([^"]+)"/g,
      (_, head: string, refs: string) => `${head}${refs.split(' ').map(rename).join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
}

/**
 * The baked figures' marks are pictures, not controls, until the app takes over: each is an image
 * named by its description. Their colours are CSS declarations the strict CSP would drop as style
 * attributes (inertControls), so they become SVG presentation attributes.
 */
export function bakedFigures(html: string): string {
  return html
    .replace(/<g ([^>]*)role="button" tabindex="0"/g, '<g $1role="img"')
    .replace(
      /<(rect|circle|line|path|stop|text|g)\b([^>]*?)\sstyle="([^"]*)"/g,
      (_, tag: string, rest: string, css: string) => {
        const attributes = css
          .split(';')
          .filter(Boolean)
          .map((declaration) => {
            const at = declaration.indexOf(':');
            return `${declaration.slice(0, at).trim()}="${declaration.slice(at + 1).trim()}"`;
          });
        return `<${tag}${rest} ${attributes.join(' ')}`;
      },
    );
}
