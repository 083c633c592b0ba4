// Finds a Chromium for Playwright, or installs one, and says what it did.
// Order: $CHROMIUM_PATH, /usr/bin/chromium (Debian), Playwright's own download; if none is there,
// try Playwright's installer, then `apt-get install -y chromium` when root on Debian.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function locate() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, how: 'from CHROMIUM_PATH' };
    console.warn(`[chromium] CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return { path: candidate, how: 'system package' };
  }
  const own = await playwrightOwn();
  return own ? { path: own, how: "Playwright's own download" } : null;
}

function run(command, args) {
  console.log(`[chromium] running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

export async function findOrInstallChromium() {
  const found = await locate();
  if (found) {
    console.log(`[chromium] using ${found.path} (${found.how})`);
    return found.path;
  }
  console.log('[chromium] no Chromium found; trying to install one.');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const own = await playwrightOwn();
    if (own) {
      console.log(`[chromium] installed by Playwright: ${own}`);
      return own;
    }
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq']);
    if (run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      const again = await locate();
      if (again) {
        console.log(`[chromium] installed with apt-get: ${again.path}`);
        return again.path;
      }
    }
  }
  console.error(
    '[chromium] could not find or install Chromium. Install it yourself, then run the tests again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findOrInstallChromium();
  if (!path) process.exit(1);
}
