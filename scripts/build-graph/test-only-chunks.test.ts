import { describe, expect, it } from 'vitest';
import type { Manifest } from '../budgets/first-view';
import { shippedTestCode, testOnlyChunks } from './test-only-chunks';

const HANDLE = 'src/features/map/webgl/map-test-handle.ts';

describe('test-only chunks', () => {
  it('accepts the handle in a chunk of its own that only import() reaches', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['src/map-adapter.ts'] },
      'src/map-adapter.ts': { file: 'assets/map-adapter.js', dynamicImports: [HANDLE] },
      [HANDLE]: { file: 'assets/map-test-handle.js' },
    };
    const chunks = testOnlyChunks(manifest, () => []);
    expect(chunks).toEqual([
      { key: HANDLE, modules: [HANDLE], staticImporters: [], entry: false, bundledIn: false },
    ]);
    expect(shippedTestCode(chunks)).toEqual([]);
  });

  it('names the chunk that bundles the handle into what every visitor loads', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js' },
    };
    const sources: Record<string, string[]> = { 'assets/shared.js': ['../src/lib/media.ts', `../${HANDLE}`] };
    const problems = shippedTestCode(testOnlyChunks(manifest, (file) => sources[file] ?? []));
    expect(problems).toEqual([
      `../${HANDLE}: bundled into _shared.js`,
      `../${HANDLE}: in _shared.js, imported statically by index.html`,
    ]);
  });

  it('names a lazy product chunk that bundles the handle in (every map visitor loads it)', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['src/map-adapter.ts'] },
      'src/map-adapter.ts': { file: 'assets/map-adapter.js' },
    };
    const sourcesOf = (file: string) => (file === 'assets/map-adapter.js' ? [`../../${HANDLE}`] : []);
    const problems = shippedTestCode(testOnlyChunks(manifest, sourcesOf));
    expect(problems).toEqual([`../../${HANDLE}: bundled into src/map-adapter.ts`]);
  });

  it('flags test code in the entry chunk itself', () => {
    const manifest: Manifest = { 'index.html': { file: 'assets/index.js', isEntry: true } };
    const problems = shippedTestCode(testOnlyChunks(manifest, () => ['../src/test-utils/chart-atlas.ts']));
    expect(problems).toEqual(['../src/test-utils/chart-atlas.ts: in the entry chunk index.html']);
  });
});
