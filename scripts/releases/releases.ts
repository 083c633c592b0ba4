/**
 * The dataset's published releases: `data/releases/<version>.json`, each a byte-for-byte copy of
 * `data/atlas.json` as it was released, never changed afterwards (an embed pinned to a version
 * shows what its article cited). `SHA256SUMS` beside them records each file's checksum, and a test
 * fails when a committed release changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const RELEASES_DIR = 'data/releases';
export const SUMS_FILE = 'SHA256SUMS';
const VERSION_FILE = /^(\d+\.\d+\.\d+)\.json$/;

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Semantic versions, oldest first. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** The versions that have a release file, oldest first. */
export function releasedVersions(root: string): string[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => VERSION_FILE.exec(name)?.[1] ?? [])
    .sort(compareVersions);
}

/** `sha256  file` lines (the format of sha256sum), as a map from file name to checksum. */
export function readSums(root: string): Map<string, string> {
  const path = join(root, RELEASES_DIR, SUMS_FILE);
  if (!existsSync(path)) return new Map();
  return new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line) => {
        const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line.trim());
        return match ? [[match[2]!, match[1]!] as const] : [];
      }),
  );
}

export function formatSums(sums: ReadonlyMap<string, string>): string {
  return [...sums]
    .sort(([a], [b]) => compareVersions(a.replace(/\.json$/, ''), b.replace(/\.json$/, '')))
    .map(([file, sum]) => `${sum}  ${file}\n`)
    .join('');
}
