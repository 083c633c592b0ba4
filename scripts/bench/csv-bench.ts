/**
 * `npm run bench:csv`: a 10,000-row spreadsheet against the validation budget of a 10,000-site JSON
 * atlas. Both files are made from the same synthetic atlas (scripts/synth); each sample runs in a
 * fresh process; the medians are printed, not asserted (a busy machine is not a failing test).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Atlas } from '../../src/dataset/schema';
import { synthAtlas } from '../synth/synth-atlas';
import { siteToRow } from '../../src/dataset/csv/atlas-to-csv';
import { TEMPLATE_COLUMNS } from '../../src/dataset/csv/csv-columns';

const SITES = 10_000;
const SAMPLES = 3;

const real = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Atlas;
const atlas = synthAtlas(real, { sites: SITES, events: SITES * 5, seed: 42 });
const dir = resolve('data/synthetic');
mkdirSync(dir, { recursive: true });
const jsonFile = resolve(dir, `atlas-${SITES}.json`);
const csvFile = resolve(dir, `sites-${SITES}.csv`);
writeFileSync(jsonFile, JSON.stringify(atlas));
// Synthetic sites quote the articles; a spreadsheet row needs a web page, so one is made up.
const rows = atlas.sites.map((site) => {
  const row = siteToRow(site, atlas.investments);
  return TEMPLATE_COLUMNS.map((column) =>
    column === 'source_url' && !row.source_url ? `https://example.org/sites/${site.id}` : row[column],
  );
});
writeFileSync(csvFile, Papa.unparse({ fields: [...TEMPLATE_COLUMNS], data: rows }));

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
type Sample = { wall: number; cpu: number };
const sample = (file: string): Sample =>
  JSON.parse(
    execFileSync('npx', ['tsx', 'scripts/bench/validate-text-once.ts', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1)!,
  ) as Sample;
function measure(file: string) {
  const samples = Array.from({ length: SAMPLES }, () => sample(file));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}
const json = measure(jsonFile);
const csv = measure(csvFile);
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(
  `medians of ${SAMPLES} fresh processes, text -> validated atlas (JSON.parse or CSV read included)`,
);
console.log(`10,000-site JSON atlas: ${ms(json.cpu)} CPU, ${ms(json.wall)} wall`);
console.log(`10,000-row CSV:         ${ms(csv.cpu)} CPU, ${ms(csv.wall)} wall`);
console.log(
  `CSV / JSON: ${(csv.cpu / json.cpu).toFixed(2)}x CPU; CSV within the JSON's budget: ${csv.cpu <= json.cpu ? 'yes' : 'NO'}`,
);
