import { describe, expect, it, vi } from 'vitest';
import { prestartMap } from './map-prestart';

describe('prestartMap', () => {
  it('loads the adapter and starts the maplibre worker when WebGL is there', async () => {
    const prewarmMapWorkers = vi.fn();
    const load = vi.fn(() => Promise.resolve({ prewarmMapWorkers }));
    await prestartMap(load, () => true);
    expect(load).toHaveBeenCalledOnce();
    expect(prewarmMapWorkers).toHaveBeenCalledOnce();
  });

  it('loads nothing without WebGL (the SVG map needs no maplibre)', async () => {
    const load = vi.fn(() => Promise.resolve({ prewarmMapWorkers: vi.fn() }));
    await prestartMap(load, () => false);
    expect(load).not.toHaveBeenCalled();
  });

  it('never rejects when the chunk fails to load', async () => {
    await expect(
      prestartMap(
        () => Promise.reject(new Error('offline')),
        () => true,
      ),
    ).resolves.toBeUndefined();
  });
});
