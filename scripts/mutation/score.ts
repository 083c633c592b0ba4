// `npm run mutation:score`: the score of the whole mutation run, from the reports each group wrote
// (reports/mutation-<group>/mutation.json; `npm run mutation` alone writes reports/mutation/).
// Each file is counted from the newest report that holds it. Stryker's score: killed and timed-out
// mutants over all but the ignored (those marked `Stryker disable` with the reason).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored' | 'CompileError' | 'RuntimeError';
interface Report {
  files: Record<string, { mutants: { status: Status }[] }>;
}

const root = 'reports';
const reports = existsSync(root)
  ? readdirSync(root)
      .filter((name) => name === 'mutation' || name.startsWith('mutation-'))
      .map((name) => join(root, name, 'mutation.json'))
      .filter((file) => existsSync(file))
      .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
  : [];
if (reports.length === 0) {
  console.error('no mutation report in reports/: run `npm run mutation` first');
  process.exit(1);
}

const byFile = new Map<string, { report: string; counts: Record<string, number> }>();
for (const path of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const counts: Record<string, number> = {};
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
    byFile.set(file, { report: path, counts });
  }
}

const score = (c: Record<string, number>) => {
  const detected = (c.Killed ?? 0) + (c.Timeout ?? 0);
  const valid = detected + (c.Survived ?? 0) + (c.NoCoverage ?? 0);
  return { detected, valid, percent: valid === 0 ? 100 : (100 * detected) / valid };
};
const total: Record<string, number> = {};
console.log('| file | killed | timeout | survived | no coverage | ignored | score | report |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [file, { report, counts }] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  for (const [status, n] of Object.entries(counts)) total[status] = (total[status] ?? 0) + n;
  const cells = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'].map((s) => counts[s] ?? 0);
  console.log(`| ${file} | ${cells.join(' | ')} | ${score(counts).percent.toFixed(2)} % | ${report} |`);
}
const all = score(total);
console.log(
  `\nall ${byFile.size} files: ${all.percent.toFixed(2)} % (${all.detected} of ${all.valid} detected; ` +
    `${total.Timeout ?? 0} by a timeout, ${total.Ignored ?? 0} ignored as equivalent)`,
);
