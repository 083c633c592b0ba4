/**
 * `tsx scripts/bench/validate-once.ts <atlas.json>`: parses and validates one atlas file once, in
 * a process of its own, and prints `{"parse": ms, "validate": ms}`. The bench runs it per sample:
 * a page validates one freshly parsed document, not a document amid the bench's own heap
 * (Lighthouse's, earlier samples' garbage), which had inflated the figure up to 2×.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validateAtlas } from '../../src/dataset/validate';

const text = readFileSync(process.argv[2]!, 'utf8');
const t0 = performance.now();
const json: unknown = JSON.parse(text);
const t1 = performance.now();
const result = validateAtlas(json);
const t2 = performance.now();
if (!result.ok)
  throw new Error(`the atlas does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`);
console.log(JSON.stringify({ parse: t1 - t0, validate: t2 - t1 }));
