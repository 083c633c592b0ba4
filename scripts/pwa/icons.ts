/**
 * The app's install icons, rendered from public/favicon.svg at build time: nothing
 * raster is committed, so the icons can never drift from the favicon.
 */
import { Resvg } from '@resvg/resvg-js';

export interface IconSpec {
  fileName: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly IconSpec[] = [
  { fileName: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { fileName: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { fileName: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { fileName: 'icons/apple-touch-icon-180.png', size: 180, purpose: 'maskable' },
];

/**
 * A maskable icon is cropped by the launcher to any shape inside its central 80 % circle: paint the
 * whole square in the favicon's own background and draw the favicon at 64 %, inside that circle.
 */
export function maskableSvg(favicon: string, background: string): string {
  const inner = favicon.replace(/<svg\b/, '<svg x="18" y="18" width="64" height="64"');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${background}"/>${inner}</svg>`;
}

export function renderIcon(favicon: string, spec: IconSpec, background: string): Buffer {
  const svg = spec.purpose === 'maskable' ? maskableSvg(favicon, background) : favicon;
  return new Resvg(svg, { fitTo: { mode: 'width', value: spec.size } }).render().asPng();
}
