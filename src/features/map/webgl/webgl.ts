/**
 * Whether this browser can give maplibre a WebGL2 context (maplibre 6 needs WebGL2). Asked once
 * per page: each probe makes a throwaway context, which cost about 20 ms at load in software
 * WebGL, and the answer does not change (a context lost later is use-map-adapter's business).
 */
let supported: boolean | undefined;

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}

export function isWebglSupported(): boolean {
  supported ??= probe();
  return supported;
}
