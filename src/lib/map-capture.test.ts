import { describe, expect, it } from 'vitest';
import { captureMap, registerMapCapture } from './map-capture';

const canvas = () => ({ width: 1 }) as unknown as HTMLCanvasElement;

describe('map capture registry', () => {
  it('returns null while no map is registered', async () => {
    expect(await captureMap()).toBeNull();
  });

  it('calls the registered capture, and no longer after it unregisters', async () => {
    const picture = canvas();
    const unregister = registerMapCapture(() => Promise.resolve(picture));
    expect(await captureMap()).toBe(picture);
    unregister();
    expect(await captureMap()).toBeNull();
  });

  it('keeps a newer map when an older one unregisters late (remount)', async () => {
    const older = registerMapCapture(() => Promise.resolve(canvas()));
    const newer = canvas();
    const unregisterNewer = registerMapCapture(() => Promise.resolve(newer));
    older();
    expect(await captureMap()).toBe(newer);
    unregisterNewer();
  });
});
