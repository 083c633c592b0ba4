import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICONS, maskableSvg, renderIcon } from './icons';

const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The alpha of a corner pixel of an icon rendered at `size`. */
function cornerAlpha(svg: string, size: number) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  return image.pixels[3];
}

describe('install icons', () => {
  it('renders 192 and 512 icons and a 512 maskable one, at their stated sizes', () => {
    expect(ICONS.map((icon) => `${icon.size} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192 any', '512 any', '512 maskable']),
    );
    for (const spec of ICONS) {
      expect(pngSize(renderIcon(favicon, spec, '#2f4ac0'))).toEqual({ width: spec.size, height: spec.size });
    }
  });

  it('fills the maskable icon to its corners, where the plain favicon has rounded transparent ones', () => {
    expect(cornerAlpha(favicon, 64)).toBe(0);
    expect(cornerAlpha(maskableSvg(favicon, '#2f4ac0'), 64)).toBe(255);
  });

  it('keeps the favicon inside the maskable safe zone (the central 80 % circle)', () => {
    const match = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(maskableSvg(favicon, '#000'));
    const [x, y, w, h] = match!.slice(1).map(Number) as [number, number, number, number];
    // The favicon is a rounded square (rx 7 of 32): its farthest drawn point from the centre is on
    // a corner arc, and must stay inside the 40-unit safe circle of the 100-unit icon.
    const radius = (7 / 32) * w;
    const farthest =
      Math.hypot(x + w / 2 - 50, y + h / 2 - 50) + Math.hypot(w / 2 - radius, h / 2 - radius) + radius;
    expect(farthest).toBeLessThanOrEqual(40);
    expect(w).toBeGreaterThan(50);
  });
});
