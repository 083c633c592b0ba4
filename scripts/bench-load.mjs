// `npm run bench:load`: a bounded load run on loopback against the production deploy.
// Starts deploy/serve-local.sh (Debian's nginx with deploy/nginx.conf) on 127.0.0.1, then drives the
// page, a hashed asset and the dataset with autocannon, one after the other: a fixed number of
// requests each, a hard time cap each, gzip accepted as a browser would. Two rounds: the build as
// is (nginx gzips every response on the fly) and a copy precompressed by deploy/precompress.mjs
// (gzip_static). Prints requests per second and latency, and fails on any error, timeout or
// non-2xx answer (a target cut by the time cap is reported as such). Not part of `npm test`.
//
//   npm run build && npm run bench:load [-- --json]
//   env: BENCH_PORT (default 4390), BENCH_REQUESTS per target (2000), BENCH_CONNECTIONS (10),
//        BENCH_MAX_SECONDS per target (20)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { precompress } from '../deploy/precompress.mjs';

const repo = new URL('..', import.meta.url).pathname;
const dist = join(repo, 'dist');
const port = Number(process.env.BENCH_PORT ?? 4390);
const requests = Math.min(Number(process.env.BENCH_REQUESTS ?? 2000), 100_000);
const connections = Math.min(Number(process.env.BENCH_CONNECTIONS ?? 10), 100);
const maxSeconds = Math.min(Number(process.env.BENCH_MAX_SECONDS ?? 20), 120);
const asJson = process.argv.includes('--json');
const log = (...args) => (asJson ? console.error(...args) : console.log(...args));

if (!existsSync(join(dist, 'index.html'))) {
  console.error('[bench:load] no dist/index.html: run npm run build first');
  process.exit(2);
}
const assets = readdirSync(join(dist, 'assets'));
const pick = (pattern) => {
  const name = assets.find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${pattern} in dist/assets`);
  return `/assets/${name}`;
};
const targets = [
  { name: 'page (index.html)', path: '/' },
  { name: 'hashed asset (entry script)', path: pick(/^index-[\w-]{8}\.js$/) },
  { name: 'dataset (atlas.json)', path: pick(/^atlas-[\w-]{8}\.json$/) },
];

function run(target) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}${target.path}`,
        connections,
        amount: requests,
        timeout: 10,
        headers: { 'accept-encoding': 'gzip' },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    const cap = setTimeout(() => instance.stop(), maxSeconds * 1000);
    instance.on('done', () => clearTimeout(cap));
  });
}

/** One round: nginx serving `root`, every target in turn. */
async function round(label, root) {
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-bench-nginx-'));
  const env = { ...process.env, PORT: String(port), PREFIX: prefix, DIST: root };
  const serve = (action) =>
    spawnSync(join(repo, 'deploy/serve-local.sh'), [action], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (serve('start').status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error('nginx did not start (is it installed? apt-get install nginx)');
  }
  const rows = [];
  try {
    for (const target of targets) {
      const result = await run(target);
      const done = result.requests.total;
      rows.push({
        round: label,
        target: target.name,
        path: target.path,
        requests: done,
        cutByTimeCap: done < requests,
        seconds: Number((result.duration ?? 0).toFixed(2)),
        requestsPerSecond: Math.round(done / result.duration),
        latencyP50ms: result.latency.p50,
        latencyP99ms: result.latency.p99,
        bytesPerSecondMB: Number((result.throughput.average / 1e6).toFixed(1)),
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      });
    }
  } finally {
    serve('stop');
    rmSync(prefix, { recursive: true, force: true });
  }
  return rows;
}

const rows = [];
rows.push(...(await round('gzip on the fly', dist)));
// The same build with .gz files beside it (deploy/precompress.mjs), served by gzip_static.
const copy = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
try {
  cpSync(dist, copy, { recursive: true });
  precompress(copy);
  rows.push(...(await round('precompressed (gzip_static)', copy)));
} finally {
  rmSync(copy, { recursive: true, force: true });
}
const failed = rows.some((r) => r.errors + r.timeouts + r.non2xx > 0);

const machine = {
  cpus: cpus().length,
  loadAverage1m: Number(loadavg()[0].toFixed(1)),
  connections,
  requestsPerTarget: requests,
  client: 'autocannon (one Node.js process), gzip accepted',
  server: 'nginx with deploy/nginx.conf via deploy/serve-local.sh, 1 worker, 127.0.0.1',
};
if (asJson) console.log(JSON.stringify({ machine, rows }, null, 2));
else {
  log(
    `\n${machine.server}; ${machine.client}; ${connections} connections, ${requests} requests per target;` +
      ` ${machine.cpus} CPUs, load average ${machine.loadAverage1m} at the end\n`,
  );
  log('| nginx | target | requests | req/s | p50 ms | p99 ms | MB/s | errors | timeouts | non-2xx |');
  log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    log(
      `| ${r.round} | ${r.target} | ${r.requests}${r.cutByTimeCap ? ` (cut at ${maxSeconds} s)` : ''} |` +
        ` ${r.requestsPerSecond} | ${r.latencyP50ms} | ${r.latencyP99ms} | ${r.bytesPerSecondMB} |` +
        ` ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
    );
}
if (failed) {
  console.error('[bench:load] FAILED: errors, timeouts or non-2xx answers');
  process.exit(1);
}
