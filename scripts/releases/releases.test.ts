import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELEASES_DIR, compareVersions, readSums, releasedVersions, sha256 } from './releases';
import { validateAtlas } from '../../src/dataset/validate';

const root = process.cwd();
const current = JSON.parse(readFileSync(join(root, 'data/atlas.json'), 'utf8')) as { version: string };

describe('data/releases', () => {
  it('publishes the current version, byte for byte data/atlas.json (run npm run data:release)', () => {
    expect(releasedVersions(root)).toContain(current.version);
    const release = readFileSync(join(root, RELEASES_DIR, `${current.version}.json`));
    expect(release.equals(readFileSync(join(root, 'data/atlas.json')))).toBe(true);
  });

  it('never changes a published release: every file matches its line of SHA256SUMS', () => {
    const sums = readSums(root);
    const files = releasedVersions(root).map((version) => `${version}.json`);
    expect([...sums.keys()].sort()).toEqual([...files].sort());
    for (const file of files) {
      expect(sha256(readFileSync(join(root, RELEASES_DIR, file))), file).toBe(sums.get(file));
    }
  });

  it('keeps every release readable by the current validator: a pinned embed must still load', () => {
    for (const version of releasedVersions(root)) {
      const result = validateAtlas(
        JSON.parse(readFileSync(join(root, RELEASES_DIR, `${version}.json`), 'utf8')),
      );
      expect(result.ok ? [] : result.problems.slice(0, 3), version).toEqual([]);
    }
  });

  it('orders versions as numbers, not as text', () => {
    expect(['1.10.0', '2.0.0', '1.2.0', '1.9.9'].sort(compareVersions)).toEqual([
      '1.2.0',
      '1.9.9',
      '1.10.0',
      '2.0.0',
    ]);
  });
});
