/**
 * How export gets a picture of the map without importing the map feature (features never import
 * each other): the app makes one slot per page and hands it down through a context
 * (components/map-capture-context.tsx); the map registers its capture there while it is mounted,
 * export asks the slot. A capture resolves with a 2D copy of the WebGL canvas taken inside
 * maplibre's 'render' event once the map is idle, so `preserveDrawingBuffer` stays off.
 */
export interface MapCaptureOptions {
  /** Draw at this pixel ratio for the capture (2 for a crisp export), then go back. */
  pixelRatio?: number;
}

export type MapCapture = (options?: MapCaptureOptions) => Promise<HTMLCanvasElement>;

export interface MapCaptureSlot {
  /** Registers the mounted map's capture; the returned function unregisters it (only if still current). */
  register: (capture: MapCapture) => () => void;
  /** A settled picture of the WebGL map, or null when none is mounted (SVG fallback, no map panel). */
  capture: (options?: MapCaptureOptions) => Promise<HTMLCanvasElement | null>;
}

export function createMapCaptureSlot(): MapCaptureSlot {
  let current: MapCapture | null = null;
  return {
    register(capture) {
      current = capture;
      return () => {
        if (current === capture) current = null;
      };
    },
    capture: async (options) => (current ? current(options) : null),
  };
}
