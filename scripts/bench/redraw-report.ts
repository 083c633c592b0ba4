/**
 * `npm run bench:report`: redraws BENCHMARKS.md from the figures of the last `npm run bench`
 * (docs/traces/bench-figures.json) and the current trace excerpts, measuring nothing: a trace taken
 * after the bench, or a reason reworded, reaches the page without an eleven-minute run.
 */
import { readFileSync } from 'node:fs';
import { LAST_REPORT, writeReport, type Report } from './report';

writeReport(JSON.parse(readFileSync(LAST_REPORT, 'utf8')) as Report);
