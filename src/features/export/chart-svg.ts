/**
 * One chart as a standalone SVG file: its title above, the chart (styles inlined), the source line
 * below, on the theme's surface colour. Built with DOM calls so that every text is escaped.
 */
import type { ExportTheme } from './export-theme';
import { breakableWords } from './line-breaks';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE_SIZE = 18;
const SOURCE_SIZE = 11;
const LINE = 1.4;

export interface ChartFileInput {
  /** The chart with its styles inlined (svg-inline.ts). */
  chart: SVGSVGElement;
  title: string;
  /** Lines printed under the chart: the source line, the dataset version and licence. */
  source: string;
  theme: ExportTheme;
}

/** Greedy word wrap at an approximate character budget (an SVG file has no text layout). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of breakableWords(text)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function buildChartFile({ chart, title, source, theme }: ChartFileInput): SVGSVGElement {
  const doc = chart.ownerDocument;
  const width = Number(chart.getAttribute('width')) || 600;
  const height = Number(chart.getAttribute('height')) || 300;
  const fullWidth = width + 2 * PAD;
  const top = PAD + TITLE_SIZE * LINE;
  // About 0.55 em a character in Inter: wrap the source line to the chart's width.
  const sourceLines = wrapWords(source, Math.floor((fullWidth - 2 * PAD) / (SOURCE_SIZE * 0.55)));
  const fullHeight = top + PAD / 2 + height + PAD + sourceLines.length * SOURCE_SIZE * LINE + PAD / 2;

  const el = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const root = el('svg', {
    width: fullWidth,
    height: Math.ceil(fullHeight),
    viewBox: `0 0 ${fullWidth} ${Math.ceil(fullHeight)}`,
    'font-family': theme.font,
    lang: theme.lang,
  }) as SVGSVGElement;
  root.append(
    el('title', {}, title),
    el('rect', { width: '100%', height: '100%', fill: theme.surface }),
    el(
      'text',
      { x: PAD, y: PAD + TITLE_SIZE, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: theme.ink },
      title,
    ),
  );
  const placed = chart.cloneNode(true) as SVGSVGElement;
  placed.setAttribute('x', String(PAD));
  placed.setAttribute('y', String(top + PAD / 2));
  root.append(placed);
  const sourceTop = top + PAD / 2 + height + PAD;
  sourceLines.forEach((line, index) => {
    root.append(
      el(
        'text',
        {
          x: PAD,
          y: sourceTop + (index + 1) * SOURCE_SIZE * LINE - SOURCE_SIZE * (LINE - 1),
          'font-size': SOURCE_SIZE,
          fill: theme.muted,
        },
        line,
      ),
    );
  });
  return root;
}
