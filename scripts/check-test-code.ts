/**
 * `npx tsx scripts/check-test-code.ts` (a step of `npm test`, after a build): fails when test-only
 * code (the map's test handle, test helpers) is in the production module graph other than behind
 * an import(), or when the test handle's own chunk is missing. Reads dist/ only; no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from './budgets/read-build';
import { shippedTestCode, testOnlyChunks } from './build-graph/test-only-chunks';

const dist = process.argv[2] ?? 'dist';
const manifest = readManifest(dist);
const sourcesOf = (file: string) => {
  const map = join(dist, `${file}.map`);
  return existsSync(map)
    ? ((JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] }).sources ?? [])
    : [];
};
const chunks = testOnlyChunks(manifest, sourcesOf);
const problems = shippedTestCode(chunks);
if (!chunks.some((chunk) => chunk.modules.some((m) => m.endsWith('map-test-handle.ts'))))
  problems.push('the map test handle is in no chunk: is the build without source maps, or was it renamed?');
for (const chunk of chunks)
  console.log(
    `${chunk.key}: ${chunk.modules.join(', ')} (static importers: ${chunk.staticImporters.length})`,
  );
for (const problem of problems) console.error(`test-only code shipped: ${problem}`);
process.exit(problems.length ? 1 : 0);
