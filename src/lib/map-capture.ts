/**
 * How export code gets a picture of the map without importing the map feature (features never
 * import each other): the map registers a capture function while it is mounted; export asks for it.
 * A capture resolves with a 2D copy of the WebGL canvas taken inside maplibre's 'render' event
 * once the map is idle, so `preserveDrawingBuffer` stays off for every visitor.
 */
export interface MapCaptureOptions {
  /** Draw at this pixel ratio for the capture (2 for a crisp export), then go back. */
  pixelRatio?: number;
}

export type MapCapture = (options?: MapCaptureOptions) => Promise<HTMLCanvasElement>;

let current: MapCapture | null = null;

/** Registers the mounted map's capture; the returned function unregisters it (only if still current). */
export function registerMapCapture(capture: MapCapture): () => void {
  current = capture;
  return () => {
    if (current === capture) current = null;
  };
}

/** A settled picture of the WebGL map, or null when no WebGL map is mounted (SVG fallback, no map panel). */
export async function captureMap(options?: MapCaptureOptions): Promise<HTMLCanvasElement | null> {
  return current ? current(options) : null;
}
