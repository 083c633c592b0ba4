/**
 * `tsx scripts/bench/validate-text-once.ts <file.json|file.csv>`: validates one dataset file once,
 * from its text, as the validation worker does (validate-text.ts), in a process of its own, and
 * prints `{"wall": ms, "cpu": ms, "sites": n}`. CPU time is printed beside wall time because on a
 * shared machine the wall clock measures the neighbours as much as the code.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validateDatasetText } from '../../src/dataset/validate-text';
import { datasetFormat } from '../../src/dataset/dataset-format';

const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = validateDatasetText(text, datasetFormat(file, null));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (!result.ok) throw new Error(`${file} does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`);
console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, sites: result.atlas.sites.length }));
