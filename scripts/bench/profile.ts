/**
 * Reading V8 CPU profiles (CDP `Profiler.stop`, `node:inspector`) for the trace scripts: self time
 * by script file and by function, printed as the excerpts BENCHMARKS.md quotes. Minified frames are
 * named through the build's source maps (dist/assets/*.js.map), so an excerpt names our sources.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Self time (ms) per key, from a sampled profile. */
export function selfTime(profile: Profile, key: (node: ProfileNode) => string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const k = key(byId.get(id)!);
    totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return totals;
}

/** A script's file, without origin or content hash; V8's own entries in brackets. */
export const scriptFile = (node: { callFrame: CallFrame }) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName === '(idle)' ? '(idle)' : `(${functionName || 'native'})`;
  return url
    .replace(/^https?:\/\/[^/]+\//, '')
    .replace(/^file:\/\/.*?\/(src|node_modules)\//, '$1/')
    .replace(/-[\w-]{8}\.(m?js)$/, '.$1');
};

const maps = new Map<string, SourceMapConsumer | null>();
function sourceMapOf(file: string): SourceMapConsumer | null {
  if (!maps.has(file)) {
    // The bare page is served from dist-bench/ under bench/ (scripts/bench/gzip-server.ts mounts).
    const path = file.startsWith('bench/')
      ? `dist-bench/${file.slice('bench/'.length)}.map`
      : `dist/${file}.map`;
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file)!;
}

/** `name @ source:line`, the original source's when the script has a source map in dist/. */
export const functionAt = (node: { callFrame: CallFrame }) => {
  const { functionName, url, lineNumber, columnNumber = 0 } = node.callFrame;
  const file = url.replace(/^https?:\/\/[^/]+\//, '');
  const original = file.endsWith('.js') ? sourceMapOf(file) : null;
  if (original) {
    const at = original.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (at.source) {
      const source = at.source
        .replace(/^(\.\.\/)+/, '')
        .replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');
      return `${at.name ?? functionName ?? '(anonymous)'} @ ${source}:${at.line}`;
    }
  }
  return `${functionName || '(anonymous)'} @ ${scriptFile(node)}:${lineNumber + 1}`;
};

/** Adds `from` into `into`, each value divided by `runs` (a mean over runs). */
export function addInto(into: Map<string, number>, from: Map<string, number>, runs = 1) {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v / runs);
}

/**
 * Takes V8's "(program)" out of `totals` (keyed by file or by function) and returns it: the
 * browser's own main-thread work (style, layout, paint, here the software-GL readback), which the
 * traces print apart from script.
 */
export function takeNative(totals: Map<string, number>): number {
  let native = 0;
  for (const [key, value] of totals)
    if (key.startsWith('(program)') || key.startsWith('((program))')) {
      native += value;
      totals.delete(key);
    }
  return native;
}

/** Busy time: every sample but idle. */
export const busy = (totals: Map<string, number>) =>
  [...totals].filter(([k]) => k !== '(idle)').reduce((sum, [, v]) => sum + v, 0);

const said: string[] = [];
/** Prints a line and keeps it for the excerpt file. */
export function say(line: string) {
  console.log(line);
  said.push(line);
}

/**
 * Writes what was said to `path` (docs/traces/), headed by the date and the commit, for
 * BENCHMARKS.md to quote: `npm run bench` embeds these files as they are.
 */
export function saveExcerpt(path: string, command: string) {
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain src', { encoding: 'utf8' }).trim()
    ? ' (with local changes)'
    : '';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    [`${command}, ${new Date().toISOString()}, commit ${commit}${dirty}`, ...said, ''].join('\n'),
  );
}

/** The `count` largest entries, idle left out, one line each. */
export function printTop(title: string, totals: Map<string, number>, count: number, unit = 'ms') {
  say(`  ${title}:`);
  for (const [k, v] of [...totals]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count))
    say(`    ${v.toFixed(unit === 'KB' ? 0 : 1).padStart(8)} ${unit}  ${k}`);
}
