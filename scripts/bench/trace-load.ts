/**
 * `npm run bench:trace`: where one load's main-thread time goes, atlas against the bare page. Serves
 * dist/ and dist-bench/ (built by `npm run bench`) like the bench, records a CPU profile of the
 * page's main thread from navigation to its ready mark (atlas:ready, which the bare page sets at its map's first idle), and prints the self time by script
 * (chunk) and the top functions. Prints figures only; BENCHMARKS.md quotes an excerpt.
 */
import { chromium, type Page } from 'playwright';
import { startGzipServer } from './gzip-server';
import {
  addInto,
  busy,
  functionAt,
  printTop,
  saveExcerpt,
  say,
  scriptFile,
  selfTime,
  takeNative,
  type Profile,
} from './profile';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.TRACE_RUNS ?? 3);

async function profileLoad(page: Page, url: string, readyMark: string): Promise<Profile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, {
    timeout: 240_000,
  });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

const server = await startGzipServer({ '/': 'dist', '/bench/': 'dist-bench' });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const pages = [
  { name: 'atlas', url: `${server.url}?lang=en`, mark: 'atlas:ready' },
  { name: 'bare', url: `${server.url}bench/bare-map.html`, mark: 'atlas:ready' },
];
try {
  for (const { name, url, mark } of pages) {
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let wall = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const profile = await profileLoad(page, url, mark);
      wall += (profile.endTime - profile.startTime) / 1000 / RUNS;
      addInto(byScript, selfTime(profile, scriptFile), RUNS);
      addInto(byFunction, selfTime(profile, functionAt), RUNS);
      await context.close();
    }
    const native = takeNative(byScript);
    takeNative(byFunction);
    say(
      `\n${name}: to ${mark} in ${wall.toFixed(0)} ms (mean of ${RUNS}), script ${busy(byScript).toFixed(0)} ms, the browser's own work ${native.toFixed(0)} ms`,
    );
    printTop('script self time by file', byScript, 10);
    printTop('script self time, top functions', byFunction, 10);
  }
  saveExcerpt('docs/traces/load.txt', 'npm run bench:trace');
} finally {
  await browser.close();
  await server.close();
}
