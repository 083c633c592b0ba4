/** Where this machine's Firefox, WebKitWebDriver, MiniBrowser and xvfb-run are, or why not. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Found = { path: string } | { missing: string };

function first(candidates: (string | undefined)[]): string | null {
  return candidates.find((c): c is string => Boolean(c) && existsSync(c!)) ?? null;
}

export function findFirefox(): Found {
  const path = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  return path
    ? { path }
    : { missing: 'no Firefox (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)' };
}

/** MiniBrowser ships inside libwebkit2gtk (not on PATH): /usr/lib/<triplet>/webkit2gtk-4.x/. */
function findMiniBrowser(): string | null {
  if (process.env.MINIBROWSER_PATH) return first([process.env.MINIBROWSER_PATH]);
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => join('/usr/lib', d)) : [];
  const candidates = ['/usr/lib', ...libs].flatMap((dir) =>
    ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((v) => join(dir, v, 'MiniBrowser')),
  );
  return first(candidates);
}

export function findWebkit(): { driver: string; browser: string } | { missing: string } {
  const driver = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const browser = findMiniBrowser();
  if (driver && browser) return { driver, browser };
  return {
    missing: `no ${driver ? 'MiniBrowser' : 'WebKitWebDriver'} (Debian: apt-get install webkit2gtk-driver; or set WEBKIT_DRIVER_PATH and MINIBROWSER_PATH)`,
  };
}

export function findXvfbRun(): string | null {
  return first(['/usr/bin/xvfb-run']);
}
