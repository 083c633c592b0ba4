/** Old name of map-test-handle.ts, kept only until e2e/support/map-driver.ts imports the new one. */
export type { DebugContainer, MapDebugHandle } from './map-test-handle';
