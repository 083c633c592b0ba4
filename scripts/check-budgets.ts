/**
 * `npx tsx scripts/check-budgets.ts` (a step of `npm test`, after a build): fails when the default
 * view goes over its byte budgets. Reads dist/ only; no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './budgets/budgets';
import { firstPaintJs, firstViewFiles, wireBytes } from './budgets/first-view';
import { readManifest } from './budgets/read-build';

const dist = process.argv[2] ?? 'dist';
const manifest = readManifest(dist);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const size = (files: string[]) =>
  files.reduce(
    (sum, file) =>
      sum + (existsSync(join(dist, file)) ? wireBytes(file, readFileSync(join(dist, file))).gzip : 0),
    0,
  );
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [
  { name: 'first-paint JS (gzip)', bytes: size(firstPaintJs(manifest)), budget: BUDGETS.firstPaintJsGzip },
  { name: 'first view (gzip)', bytes: size(firstViewFiles(manifest, html)), budget: BUDGETS.firstViewGzip },
];
let failed = 0;
for (const row of rows) {
  const ok = row.bytes <= row.budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${row.name}: ${kb(row.bytes)} of ${kb(row.budget)}`);
}
const firstView = rows[1]!.bytes;
if (firstView > BUDGETS.firstViewTarget)
  console.log(
    `note  first view target ${kb(BUDGETS.firstViewTarget)}: missed by ${kb(firstView - BUDGETS.firstViewTarget)}`,
  );
process.exit(failed ? 1 : 0);
