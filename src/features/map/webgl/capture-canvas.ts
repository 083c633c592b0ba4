/** The map's picture for export (PNG, video), read without `preserveDrawingBuffer` for everyone. */

/** What capture needs of a maplibre map (the adapter passes its own). */
export interface CapturableMap {
  getCanvas(): HTMLCanvasElement;
  on(type: 'render' | 'idle', listener: () => void): unknown;
  off(type: 'render' | 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
}

/** The WebGL buffer is readable only while the frame is drawn: copy it on each 'render', keep the idle one. */
export function captureCanvas(map: CapturableMap, timeoutMs = 15_000): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    const onRender = () => {
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
    };
    const done = () => {
      clearTimeout(timer);
      map.off('render', onRender);
      map.off('idle', done);
      resolve(copy);
    };
    // A map that never settles (tiles failing) still gives its last frame.
    const timer = setTimeout(done, timeoutMs);
    map.on('render', onRender);
    map.on('idle', done);
    map.triggerRepaint();
  });
}
