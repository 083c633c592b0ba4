import { describe, expect, it } from 'vitest';
import { ICON_PX, STATUS_SHAPES, sdfImage, statusIcons } from './map-icons';

const alphaAt = (image: { width: number; data: Uint8Array }, x: number, y: number) =>
  image.data[(y * image.width + x) * 4 + 3]!;

describe('status icons as signed distance fields', () => {
  it('follows maplibre SDF encoding: 0.75 on the edge, opaque inside, clear far outside', () => {
    const image = sdfImage((x, y) => Math.hypot(x, y) - 10, 32);
    expect(alphaAt(image, 16, 16)).toBe(255);
    expect(alphaAt(image, 0, 0)).toBe(0);
    // The pixel centre (26.5, 16.5) sits 10.5 px from the centre: 0.5 px outside the edge.
    expect(alphaAt(image, 26, 16) / 255).toBeCloseTo(0.75 - 0.5 / 8, 2);
  });

  it('draws the planned ring hollow and the other shapes filled, like the status badges', () => {
    const centre = ICON_PX / 2;
    const images = Object.fromEntries(statusIcons().map(({ name, image }) => [name, image]));
    expect(alphaAt(images['status-planned']!, centre, centre)).toBeLessThan(192);
    for (const name of ['status-announced', 'status-under-construction', 'status-operational']) {
      expect(alphaAt(images[name]!, centre, centre), name).toBe(255);
    }
    expect(Object.keys(STATUS_SHAPES)).toHaveLength(4);
  });

  it('leaves a clear border so halos are not cut', () => {
    for (const { name, image } of statusIcons()) {
      for (let i = 0; i < ICON_PX; i++) {
        expect(alphaAt(image, i, 0), name).toBeLessThan(64);
        expect(alphaAt(image, 0, i), name).toBeLessThan(64);
      }
    }
  });
});
