import { describe, expect, it } from 'vitest';
import { createMapCaptureSlot } from './map-capture';

const canvas = () => ({ width: 1 }) as unknown as HTMLCanvasElement;

describe('map capture slot', () => {
  it('returns null while no map is registered', async () => {
    expect(await createMapCaptureSlot().capture()).toBeNull();
  });

  it('calls the registered capture, and no longer after it unregisters', async () => {
    const slot = createMapCaptureSlot();
    const picture = canvas();
    const unregister = slot.register(() => Promise.resolve(picture));
    expect(await slot.capture()).toBe(picture);
    unregister();
    expect(await slot.capture()).toBeNull();
  });

  it('keeps a newer map when an older one unregisters late (remount)', async () => {
    const slot = createMapCaptureSlot();
    const older = slot.register(() => Promise.resolve(canvas()));
    const newer = canvas();
    const unregisterNewer = slot.register(() => Promise.resolve(newer));
    older();
    expect(await slot.capture()).toBe(newer);
    unregisterNewer();
  });

  it("keeps each slot apart: one page's map is not another's", async () => {
    const a = createMapCaptureSlot();
    a.register(() => Promise.resolve(canvas()));
    expect(await createMapCaptureSlot().capture()).toBeNull();
  });
});
