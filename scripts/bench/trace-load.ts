/**
 * `npm run bench:trace`: where one load's main-thread time goes, atlas against the bare page. Serves
 * dist/ and dist-bench/ (built by `npm run bench`) like the bench, records a CPU profile of the
 * page's main thread from navigation to its ready mark (atlas:ready, which the bare page sets at its map's first idle), and prints the self time by script
 * (chunk) and the top functions. Prints figures only; BENCHMARKS.md quotes an excerpt.
 */
import { chromium, type Page } from 'playwright';
import { startGzipServer } from './gzip-server';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.TRACE_RUNS ?? 3);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time (ms) per key, from a sampled profile. */
function selfTime(profile: Profile, key: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const k = key(node);
    totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

const chunk = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName === '(idle)' ? '(idle)' : `(${functionName || 'native'})`;
  return url.replace(/^https?:\/\/[^/]+\//, '').replace(/-[\w-]{8}\.(m?js)$/, '.$1');
};

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
    const byChunk = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let wall = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const profile = await profileLoad(page, url, mark);
      wall += (profile.endTime - profile.startTime) / 1000 / RUNS;
      for (const [k, v] of selfTime(profile, chunk)) byChunk.set(k, (byChunk.get(k) ?? 0) + v / RUNS);
      const fn = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} @ ${chunk(n)}`;
      for (const [k, v] of selfTime(profile, fn)) byFunction.set(k, (byFunction.get(k) ?? 0) + v / RUNS);
      await context.close();
    }
    const busy = [...byChunk].filter(([k]) => k !== '(idle)').reduce((s, [, v]) => s + v, 0);
    console.log(
      `\n${name}: main thread ${busy.toFixed(0)} ms busy of ${wall.toFixed(0)} ms to ${mark} (mean of ${RUNS})`,
    );
    console.log('  self time by script:');
    for (const [k, v] of [...byChunk]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10))
      console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
    console.log('  top functions:');
    for (const [k, v] of [...byFunction]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8))
      console.log(`    ${v.toFixed(0).padStart(6)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
