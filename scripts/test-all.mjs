// `npm test`: typecheck, lint, dataset check, unit tests, end-to-end tests. Every step runs even if
// an earlier one failed, so one run shows everything that is wrong. The last line sums them up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
const ENGINES_JSON = 'test-results/engines.json';
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON, ENGINES_JSON]) rmSync(file, { force: true });

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
  // Firefox ESR and WebKitGTK on the dist/ the e2e step built (docs/browsers.md); an engine this
  // machine lacks is reported as skipped, by name.
  {
    name: 'browser engines (Firefox, WebKit)',
    command: ['npx', 'tsx', 'e2e/engines/run-engines.ts'],
    counts: () => countEngines(),
  },
  // After the e2e step, which builds dist/: byte budgets of the default view.
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

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Every Playwright test that passed only on a retry: its file, title and first failure. */
function flakyTests(report) {
  const found = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'flaky') continue;
        const first = test.results?.find((r) => r.status !== 'passed');
        const error = (first?.error?.message ?? '').split('\n')[0].replace(ANSI_COLOUR, '');
        found.push(
          `${spec.file}: ${[...path, spec.title].join(' › ')}${error ? ` (first try: ${error})` : ''}`,
        );
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return found;
}

function countPlaywright() {
  const report = readJson(PLAYWRIGHT_JSON);
  if (!report?.stats) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped, flaky, flakyNames: flakyTests(report) };
}

function countEngines() {
  const report = readJson(ENGINES_JSON);
  if (!report) return null;
  return { passed: report.passed, failed: report.failed, skipped: report.skipped, flaky: 0 };
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
// A test that passed only on a retry is a bug report: named here, never folded silently into the
// passes. It does not fail the run (CI's one retry is there so a landing is not blocked by it), but
// docs/testing.md asks for each to be chased. The last line stays the plain one CI reads.
const flakyNames = results.flatMap((r) => r.flakyNames ?? []);
for (const name of flakyNames) console.log(`flaky: ${name}`);
console.log(`flaky: ${flakyNames.length} (passed only on a retry)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
