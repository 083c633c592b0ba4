/**
 * maplibre throws "Style is not done loading" at setFilter and setPaintProperty until its style is
 * in: a frame after the map is made, and again after a lost WebGL context comes back (maplibre
 * then loads its style anew). What is given meanwhile (a presenter step's selection, a theme
 * switch during the loss) waits, and the last of it is applied once the style is in.
 */
export interface StyleEvents {
  on: (type: 'style.load' | 'webglcontextlost', listener: () => void) => unknown;
}

export function untilStyleLoaded<T>(map: StyleEvents, apply: (value: T) => void): (value: T) => void {
  let loaded = false;
  let waiting: { value: T } | null = null;
  map.on('webglcontextlost', () => {
    loaded = false;
  });
  map.on('style.load', () => {
    loaded = true;
    const held = waiting;
    waiting = null;
    if (held) apply(held.value);
  });
  return (value) => {
    if (loaded) apply(value);
    else waiting = { value };
  };
}
