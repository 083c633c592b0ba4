/**
 * `npm test`'s browser-engines step: the smoke journey (smoke-journey.ts) in Firefox ESR (WebGL,
 * then with WebGL off for the SVG fallback) and in WebKitGTK, under Xvfb for software WebGL.
 * Serves dist/ itself (vite preview), prints one line per check, and writes its counts to
 * test-results/engines.json for scripts/test-all.mjs. An engine missing here is reported as
 * skipped, by name, never left out in silence (docs/browsers.md says how to install them).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostServer } from '../fixtures/host-page';
import { waitFor, type EngineSession } from './engine-session';
import { findFirefox, findWebkit, findXvfbRun } from './find-engines';
import { launchFirefox } from './firefox-session';
import { steps, type JourneyContext, type Step } from './smoke-journey';
import { launchWebkit } from './webkit-session';

const REPORT = 'test-results/engines.json';
const STEP_TIMEOUT = 300_000;

// Software WebGL needs an X display: re-run this script inside xvfb-run when there is none.
if (!process.env.DISPLAY && !process.env.ENGINES_UNDER_XVFB) {
  const xvfb = findXvfbRun();
  if (xvfb) {
    const run = spawnSync(
      xvfb,
      ['-a', '-s', '-screen 0 1920x1200x24', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      { stdio: 'inherit', env: { ...process.env, ENGINES_UNDER_XVFB: '1' } },
    );
    process.exit(run.status ?? 1);
  }
}

interface Engine {
  name: string;
  steps: Step[];
  missing: string | null;
  launch: (downloadDir: string) => Promise<EngineSession>;
  /** Whether the engine saves a download as a file under automation (else the Blob is checked). */
  saves: boolean;
}

const only = process.env.ENGINES?.split(',').map((s) => s.trim());
const firefox = findFirefox();
const webkit = findWebkit();
const display = process.env.DISPLAY
  ? null
  : 'no X display and no xvfb-run (Debian: apt-get install xvfb xauth)';
const fallbackSteps = steps.filter((s) => s.name.startsWith('loads') || s.name.startsWith('no site label'));
const all: Engine[] = [
  {
    name: 'firefox',
    steps,
    missing: display ?? ('missing' in firefox ? firefox.missing : null),
    launch: (downloadDir) =>
      launchFirefox({ executablePath: (firefox as { path: string }).path, downloadDir }),
    saves: true,
  },
  {
    name: 'firefox (no WebGL)',
    steps: fallbackSteps,
    missing: display ?? ('missing' in firefox ? firefox.missing : null),
    launch: (downloadDir) =>
      launchFirefox({ executablePath: (firefox as { path: string }).path, downloadDir, noWebgl: true }),
    saves: true,
  },
  {
    name: 'webkit',
    steps,
    missing: display ?? ('missing' in webkit ? webkit.missing : null),
    launch: () =>
      launchWebkit({
        driverPath: (webkit as { driver: string }).driver,
        browserPath: (webkit as { browser: string }).browser,
      }),
    saves: false,
  },
];
const engines = all.filter((engine) => !only || only.includes(engine.name.split(' ')[0]!));

async function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
      // Its own process group: npx starts vite as a child, and the whole group is stopped at the end.
      detached: true,
    },
  );
  await waitFor(
    `vite preview on port ${port}`,
    async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.ok ?? null,
    60_000,
  );
  return server;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const counts = {
  passed: 0,
  failed: 0,
  skipped: 0,
  flaky: 0,
  failures: [] as string[],
  skippedNames: [] as string[],
};

async function runEngine(engine: Engine, base: string, hostOrigin: string, screenshotDir: string) {
  console.log(`\n[engines] ${engine.name}`);
  if (engine.missing) {
    console.log(`  - SKIPPED ${engine.steps.length} checks in ${engine.name}: ${engine.missing}`);
    counts.skipped += engine.steps.length;
    counts.skippedNames.push(`${engine.name} (${engine.missing})`);
    return;
  }
  const downloadDir = mkdtempSync(join(tmpdir(), 'atlas-downloads-'));
  let session: EngineSession;
  try {
    session = await withTimeout(engine.launch(downloadDir), 120_000, `starting ${engine.name}`);
  } catch (error) {
    console.log(`  ✘ ${engine.name} did not start: ${String(error)}`);
    counts.failed += engine.steps.length;
    counts.failures.push(`${engine.name}: did not start`);
    return;
  }
  const context: JourneyContext = {
    session,
    base,
    hostUrl: (a, b) => `${hostOrigin}/host.html?${new URLSearchParams({ a, b })}`,
    downloadDir: engine.saves ? downloadDir : null,
    screenshotDir,
    log: (line) => console.log(`      ${line}`),
  };
  for (const step of engine.steps) {
    const started = Date.now();
    const errorsBefore = session.consoleErrors().length;
    try {
      await withTimeout(step.run(context), STEP_TIMEOUT, step.name);
      const errors = session.consoleErrors().slice(errorsBefore);
      if (errors.length > 0) throw new Error(`console errors:\n        ${errors.join('\n        ')}`);
      counts.passed += 1;
      console.log(`  ✓ [${engine.name}] ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      counts.failed += 1;
      counts.failures.push(`[${engine.name}] ${step.name}`);
      const shot = join(screenshotDir, `FAILED-${engine.name.replace(/\W+/g, '-')}-${counts.failed}.png`);
      await session.screenshot(shot).catch(() => undefined);
      console.log(`  ✘ [${engine.name}] ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(
        `      ${String(error instanceof Error ? error.message : error).replaceAll('\n', '\n      ')}`,
      );
      console.log(`      screenshot: ${shot}`);
    }
  }
  await withTimeout(session.close(), 30_000, `closing ${engine.name}`).catch(() => undefined);
  rmSync(downloadDir, { recursive: true, force: true });
}

async function main() {
  mkdirSync('test-results', { recursive: true });
  const screenshotDir = process.env.ENGINES_SCREENSHOTS ?? 'test-results/engines';
  mkdirSync(screenshotDir, { recursive: true });
  if (!existsSync('dist/index.html')) {
    console.log('[engines] no dist/: building');
    if (spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const port = Number(process.env.E2E_ENGINES_PORT ?? 4176);
  const needed = engines.some((e) => !e.missing);
  const preview = needed ? await startPreview(port) : null;
  const base = `http://127.0.0.1:${port}/`;
  const host = needed ? await startHostServer(base) : null;
  try {
    for (const engine of engines) await runEngine(engine, base, host?.origin ?? '', screenshotDir);
  } finally {
    await host?.close();
    if (preview?.pid) {
      try {
        process.kill(-preview.pid);
      } catch {
        // already gone
      }
    }
  }
  writeFileSync(REPORT, JSON.stringify(counts, null, 2));
  console.log(
    `\n[engines] ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
  );
  for (const name of counts.skippedNames) console.log(`[engines] skipped: ${name}`);
  process.exit(counts.failed > 0 ? 1 : 0);
}

await main();
