/**
 * `npm run data:synth -- --sites N --events M [--seed S] [--out file]`: writes a valid synthetic
 * atlas (default data/synthetic/atlas-N.json, not committed) for benchmarks and scale tests.
 * `--events` is the total number of events, spread over the sites in turn.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Atlas } from '../src/dataset/schema';
import { synthAtlas } from './synth/synth-atlas';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '10000' },
    events: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
  },
});
const sites = Number(values.sites);
const events = values.events === undefined ? sites * 5 : Number(values.events);
if (!Number.isInteger(sites) || sites < 0 || !Number.isInteger(events) || events < 0) {
  console.error('usage: npm run data:synth -- --sites N --events M [--seed S] [--out file]');
  process.exit(2);
}
const real = JSON.parse(readFileSync(new URL('../data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const atlas = synthAtlas(real, { sites, events, seed: Number(values.seed) });
const out = resolve(values.out ?? `data/synthetic/atlas-${sites}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(atlas));
console.log(
  `wrote ${out}: ${atlas.sites.length} sites, ${atlas.events.length} events, ${atlas.investments.length} pledges`,
);
