/**
 * A stand-in for maplibre-gl in unit tests: a Map that records every call the adapter makes and
 * fires the events a test asks for. Use it with
 * `vi.mock('maplibre-gl', async () => (await import('../../test-utils/fake-maplibre')).fakeMaplibre)`.
 */
import { vi } from 'vitest';

type Handler = (event: unknown) => void;

export class FakeMap {
  static last: FakeMap;
  options: Record<string, unknown>;
  handlers = new Map<string, Handler[]>();
  onceHandlers = new Map<string, Handler[]>();
  canvas = {
    style: {} as Record<string, string>,
    setAttribute: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  source = { setData: vi.fn(), updateData: vi.fn(), getClusterExpansionZoom: vi.fn(async () => 7) };
  rendered: unknown[] = [];
  projected = { x: 100, y: 100 };
  setStyle = vi.fn();
  setFeatureState = vi.fn();
  setPaintProperty = vi.fn();
  setLayoutProperty = vi.fn();
  setFilter = vi.fn();
  addImage = vi.fn();
  addControl = vi.fn();
  removeControl = vi.fn();
  easeTo = vi.fn();
  jumpTo = vi.fn();
  fitBounds = vi.fn();
  remove = vi.fn();
  touchZoomRotate = { disableRotation: vi.fn() };
  keyboard = { disableRotation: vi.fn() };
  constructor(options: Record<string, unknown>) {
    this.options = options;
    FakeMap.last = this;
    // A container with a size of its own (a test's) is the map's box; else an 800 × 600 one.
    const container = options.container as { clientWidth?: number; clientHeight?: number } | undefined;
    if (typeof container?.clientWidth === 'number') this.getContainer = () => container as never;
  }
  on(type: string, handler: Handler) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    return this;
  }
  off(type: string, handler: Handler) {
    this.handlers.set(
      type,
      (this.handlers.get(type) ?? []).filter((h) => h !== handler),
    );
    return this;
  }
  triggerRepaint = vi.fn();
  getPixelRatio = () => 1;
  setPixelRatio = vi.fn();
  once(type: string, handler: Handler) {
    this.onceHandlers.set(type, [...(this.onceHandlers.get(type) ?? []), handler]);
    return this;
  }
  fire(type: string, event: unknown = {}) {
    for (const handler of this.handlers.get(type) ?? []) handler(event);
    const once = this.onceHandlers.get(type) ?? [];
    this.onceHandlers.delete(type);
    for (const handler of once) handler(event);
  }
  getSource = vi.fn(() => this.source);
  getCanvas = () => this.canvas;
  getContainer = () => ({ clientWidth: 800, clientHeight: 600 });
  getZoom = () => 4;
  getCenter = () => ({ lng: 10, lat: 50 });
  project = vi.fn(() => this.projected);
  queryRenderedFeatures = vi.fn(() => this.rendered);
  getFeatureState = vi.fn(() => ({}));
}

export const fakeMaplibre = {
  Map: FakeMap,
  Marker: vi.fn(),
  AttributionControl: vi.fn(),
  setWorkerUrl: vi.fn(),
};
