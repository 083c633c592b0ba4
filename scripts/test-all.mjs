// `npm test`: typecheck, lint, dataset check, unit tests, end-to-end tests. Every step runs even if
// an earlier one failed, so one run shows everything that is wrong. The last line sums them up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  // Type imports included, which import-x/no-cycle leaves out.
  { name: 'import circles', command: ['npx', 'tsx', 'scripts/check-cycles.ts'] },
  { name: 'dataset check', command: ['npx', 'tsx', 'scripts/data-check.ts'] },
  {
    name: 'unit tests (vitest)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
    counts: () => countVitest(),
  },
  {
    name: 'end-to-end tests (playwright)',
    command: ['node', 'scripts/run-e2e.mjs'],
    counts: () => countPlaywright(),
  },
  // After the e2e step, which builds dist/: byte budgets of the default view (issue 16).
  { name: 'byte budgets', command: ['npx', 'tsx', 'scripts/check-budgets.ts'] },
  // The build's module graph: test-only code (the map's test handle) only behind an import().
  { name: 'no test code in the build', command: ['npx', 'tsx', 'scripts/check-test-code.ts'] },
];

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

function countVitest() {
  const report = readJson(VITEST_JSON);
  if (!report) return null;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright() {
  const report = readJson(PLAYWRIGHT_JSON);
  if (!report?.stats) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  if (flaky > 0)
    console.warn(`[playwright] ${flaky} journey(s) passed only on retry: flaky, see the report above`);
  return { passed: expected + flaky, failed: unexpected, skipped, flaky };
}

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  // A runner's own counts when it wrote them; otherwise the step counts as one check.
  const counts = step.counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed before or after its tests
  results.push({ name: step.name, ok, ...counts });
}

console.log('\n=== summary');
for (const r of results) {
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
