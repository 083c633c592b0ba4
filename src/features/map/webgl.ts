/** Whether this browser can give maplibre a WebGL2 context (maplibre 6 needs WebGL2). */
export function isWebglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}
