/**
 * What is on screen now, read from the page: the panels that show (whatever mode put them there:
 * full layout, custom panels, presenter step), the charts' SVGs, the map, the selection's headline.
 * Export reads the page instead of importing the chart and map features (features never import
 * each other), through the landmarks the panels mark (components/export-landmarks.ts).
 */
import { findLandmark, findLandmarks, type ExportLandmark } from '../../components/export-landmarks';
import { collapseSpaces } from './line-breaks';

export type ChartId = 'timeline' | 'investments';
export const CHART_IDS: readonly ChartId[] = ['timeline', 'investments'];

export interface ChartShot {
  id: ChartId;
  title: string;
  panel: HTMLElement;
  svg: SVGSVGElement;
  /** The time cursor's thumb centre, in CSS px from the chart's left edge (timeline only). */
  cursorX: number | null;
}

export interface Headline {
  kind: string;
  title: string;
  summary: string;
}

export interface ViewShot {
  title: string;
  main: HTMLElement | null;
  mapPanel: HTMLElement | null;
  /** The map's drawing surface: the WebGL container or the SVG fallback's stage. */
  mapArea: HTMLElement | null;
  /** True when the SVG fallback is showing (no WebGL, or a lost context). */
  mapFallback: boolean;
  charts: ChartShot[];
  sidePanel: HTMLElement | null;
  headline: Headline | null;
  summary: string;
  /** Presenter mode: the step's caption beside the map (title, text, cited records). */
  caption: HTMLElement | null;
}

export function isShown(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  return (element as HTMLElement).checkVisibility?.() ?? true;
}

/** What a reader sees: innerText keeps the breaks between paragraphs that textContent glues. */
const text = (element: Element | null | undefined) =>
  collapseSpaces((element as HTMLElement | null)?.innerText ?? element?.textContent ?? '');

/** The chart's own drawing: the largest SVG in the panel (legend swatches are SVGs too). */
function chartSvg(panel: HTMLElement): SVGSVGElement | null {
  const candidates = [...panel.querySelectorAll<SVGSVGElement>('svg')].filter(isShown);
  const area = (svg: SVGSVGElement) => {
    const rect = svg.getBoundingClientRect();
    return rect.width * rect.height;
  };
  return candidates.sort((a, b) => area(b) - area(a))[0] ?? null;
}

export function readChart(id: ChartId, doc: Document = document): ChartShot | null {
  const panel = findLandmarks(doc, 'chart-panel').find((p) => p.dataset.chart === id) ?? null;
  if (!isShown(panel)) return null;
  const svg = chartSvg(panel);
  if (!svg) return null;
  const thumb = id === 'timeline' ? panel.querySelector('[role="slider"]') : null;
  const svgBox = svg.getBoundingClientRect();
  const thumbBox = thumb && isShown(thumb) ? thumb.getBoundingClientRect() : null;
  return {
    id,
    title: text(findLandmark(panel, 'chart-title')) || id,
    panel,
    svg,
    cursorX: thumbBox ? thumbBox.left + thumbBox.width / 2 - svgBox.left : null,
  };
}

export function readView(doc: Document = document): ViewShot {
  const find = (name: ExportLandmark) => findLandmark(doc, name);
  const mapPanel = find('map-panel');
  const fallbackStage = find('map-fallback');
  const mapContainer = find('map-area');
  const mapFallback = isShown(fallbackStage);
  const mapArea = mapFallback ? fallbackStage : isShown(mapContainer) ? mapContainer : null;
  const sidePanel = find('side-panel');
  const header = find('headline');
  const headline = header
    ? {
        // textContent: the label's CSS capitals are not part of the words.
        kind: findLandmark(header, 'headline-kind')?.textContent?.trim() ?? '',
        title: text(find('headline-title')),
        summary: text(find('headline-summary')),
      }
    : null;
  return {
    // The atlas's title, or in presenter mode the step's title.
    title: text(find('title')) || text(find('step-title')),
    main: find('main'),
    mapPanel: isShown(mapPanel) ? mapPanel : null,
    mapArea,
    mapFallback,
    charts: CHART_IDS.map((id) => readChart(id, doc)).filter((c): c is ChartShot => c !== null),
    sidePanel: isShown(sidePanel) ? sidePanel : null,
    headline,
    summary: text(find('live-summary')),
    caption: find('step-caption'),
  };
}
