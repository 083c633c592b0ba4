/**
 * A self-contained copy of an on-screen SVG: every element gets its computed presentation styles as
 * a style attribute (CSS variables and currentColor resolved, fonts named), so the copy renders the
 * same outside the page (a file, an <img>, a canvas). Text stays text; scripts, event handlers,
 * foreign HTML and links that leave the file are dropped.
 */
/** What an SVG renderer reads from CSS; layout-only properties are left out. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
] as const;

/** Properties a child inherits: written only where they differ from the parent's, to keep files small. */
const INHERITED = new Set<string>(
  INLINED_PROPERTIES.filter((name) => !['opacity', 'display', 'dominant-baseline'].includes(name)),
);
/** Initial values that need not be written (a renderer starts from them). */
const INITIAL: Record<string, string> = {
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  'shape-rendering': 'auto',
};

const DROPPED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'style']);

/** Clones `svg` with computed styles inlined; `read` is getComputedStyle (injectable for tests). */
export function inlineSvg(
  svg: SVGSVGElement,
  read: (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'> = (element) =>
    getComputedStyle(element),
): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const values = new Map<Element, Map<string, string>>();
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = read(original);
    const own = new Map(INLINED_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)]));
    values.set(original, own);
    const parent = original === svg ? undefined : values.get(original.parentElement as Element);
    const style = [...own].filter(([name, value]) => {
      if (value === '' || (name === 'display' && value === 'inline')) return false;
      if (parent) return INHERITED.has(name) ? parent.get(name) !== value : INITIAL[name] !== value;
      return INITIAL[name] !== value;
    });
    target.removeAttribute('style');
    // Through CSSOM, not setAttribute('style'): the strict CSP (style-src 'self') blocks the latter.
    const declaration = (target as SVGElement).style;
    for (const [name, value] of style) declaration?.setProperty(name, value);
  });
  sanitize(copy);
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width);
  const height = Number(svg.getAttribute('height')) || Math.round(box.height);
  // No explicit xmlns attribute: XMLSerializer declares the SVG namespace itself (twice otherwise).
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return copy;
}

/** Removes what could run or reach outside the file. */
export function sanitize(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element !== root && DROPPED_ELEMENTS.has(element.localName.toLowerCase())) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const external = (name === 'href' || name === 'xlink:href') && !attribute.value.startsWith('#');
      if (name.startsWith('on') || external || name === 'tabindex' || name === 'class')
        element.removeAttribute(attribute.name);
    }
  }
}

/** The SVG as a standalone file's text (with the XML prolog). */
export function svgToText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Decodes an SVG document into an image that a canvas can draw (no taint: no foreign content). */
export async function svgToImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgToText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
