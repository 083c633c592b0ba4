/**
 * `npx tsx scripts/bench/validate-timing.ts [sites] [events per site]`: times validating a
 * synthetic atlas (10,000 sites with 5 events each by default) phase by phase, median of 5 runs.
 * Target: the whole validation in at most 500 ms. A script, not a timed unit test.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Atlas } from '../../src/dataset/schema';
import { atlasSchema } from '../../src/dataset/schema';
import { checkIntegrity } from '../../src/dataset/integrity';
import { checkSafeText } from '../../src/dataset/safe-text';
import { validateAtlas } from '../../src/dataset/validate';
import { fastParse, INVALID } from '../../src/dataset/fast-parse';
import { buildAtlasModel } from '../../src/dataset/model';
import { synthAtlas } from '../synth/synth-atlas';

const sites = Number(process.argv[2] ?? 10_000);
const events = sites * Number(process.argv[3] ?? 5);
const real = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Atlas;
const text = JSON.stringify(synthAtlas(real, { sites, events }));

function time(label: string, fn: () => unknown) {
  const runs: number[] = [];
  let result: unknown;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    result = fn();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(22)} ${runs[2]!.toFixed(0).padStart(6)} ms`);
  return result;
}

const json = time('JSON.parse', () => JSON.parse(text));
time('checkSafeText', () => checkSafeText(json));
const parsed = time('atlasSchema.safeParse', () => atlasSchema.safeParse(json)) as ReturnType<
  typeof atlasSchema.safeParse
>;
if (!parsed.success) throw new Error('the synthetic atlas is not valid');
const fast = time('fastParse', () => fastParse(atlasSchema, json));
if (fast === INVALID) throw new Error('the fast path refused a valid atlas');
time('checkIntegrity', () => checkIntegrity(parsed.data));
const result = time('validateAtlas (total)', () => validateAtlas(json)) as ReturnType<typeof validateAtlas>;
if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
time('buildAtlasModel', () => buildAtlasModel(result.atlas));
console.log(`${sites} sites, ${events} events, ${(text.length / 1e6).toFixed(1)} MB of JSON; target 500 ms`);
