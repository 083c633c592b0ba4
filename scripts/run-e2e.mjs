// End-to-end tests against the production build, in a real Chromium found or installed here.
import { spawnSync } from 'node:child_process';
import { findOrInstallChromium } from './find-chromium.mjs';

const chromium = await findOrInstallChromium();
if (!chromium) process.exit(1);

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
