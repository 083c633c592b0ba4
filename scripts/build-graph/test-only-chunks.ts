/**
 * Which built chunks carry test-only code, and whether any of them is reachable by a static import
 * (so that every visitor downloads it). Reads the build's chunk graph (dist/.vite/manifest.json)
 * and each chunk's source map (its `sources`: the modules bundled into it).
 */
import type { Manifest } from '../budgets/first-view';

/** Source modules that exist only for automation: the map's test handle, test helpers, harnesses. */
export const TEST_ONLY: readonly RegExp[] = [
  /src\/features\/map\/webgl\/map-test-handle\.ts$/,
  /src\/test-utils\//,
  /\.harness\.ts$/,
  /\.test\.tsx?$/,
];

export interface TestOnlyChunk {
  key: string;
  modules: string[];
  /** Chunks that import it statically; empty when it is only ever loaded by import(). */
  staticImporters: string[];
  entry: boolean;
  /** The chunk is a product module (its key is not test-only) that bundles test code in. */
  bundledIn: boolean;
}

export function testOnlyChunks(
  manifest: Manifest,
  sourcesOf: (file: string) => readonly string[],
): TestOnlyChunk[] {
  return Object.entries(manifest).flatMap(([key, chunk]) => {
    const modules = [key, ...sourcesOf(chunk.file)].filter((m) => TEST_ONLY.some((re) => re.test(m)));
    if (!modules.length) return [];
    const staticImporters = Object.keys(manifest).filter((other) => manifest[other]!.imports?.includes(key));
    const bundledIn = !TEST_ONLY.some((re) => re.test(key));
    return [
      { key, modules: [...new Set(modules)], staticImporters, entry: chunk.isEntry === true, bundledIn },
    ];
  });
}

/**
 * The problems: test code bundled into a product chunk (whoever loads that chunk downloads it), or
 * a test-only chunk that is an entry or that another chunk imports statically.
 */
export function shippedTestCode(chunks: readonly TestOnlyChunk[]): string[] {
  return chunks.flatMap((chunk) => [
    ...(chunk.entry ? [`${chunk.modules.join(', ')}: in the entry chunk ${chunk.key}`] : []),
    ...(chunk.bundledIn && !chunk.entry ? [`${chunk.modules.join(', ')}: bundled into ${chunk.key}`] : []),
    ...chunk.staticImporters.map(
      (importer) => `${chunk.modules.join(', ')}: in ${chunk.key}, imported statically by ${importer}`,
    ),
  ]);
}
