/**
 * `npm run data:release`: publishes the current dataset as `data/releases/<version>.json` (a copy of
 * data/atlas.json) and records its checksum in data/releases/SHA256SUMS. Run it once per release,
 * after data:check passes and the version and changelog are bumped. A release is immutable: if the
 * file exists with other bytes, this refuses (bump the version instead) and exits 1.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_DIR, SUMS_FILE, formatSums, readSums, sha256 } from './releases/releases';

const root = process.cwd();
const bytes = readFileSync(join(root, 'data/atlas.json'));
const { version } = JSON.parse(bytes.toString('utf8')) as { version: string };
const file = `${version}.json`;
const path = join(root, RELEASES_DIR, file);
mkdirSync(join(root, RELEASES_DIR), { recursive: true });
if (existsSync(path) && sha256(readFileSync(path)) !== sha256(bytes)) {
  console.error(
    `${path} exists with other content: a release never changes. Bump the version in data/atlas.json.`,
  );
  process.exit(1);
}
writeFileSync(path, bytes);
const sums = readSums(root);
sums.set(file, sha256(bytes));
writeFileSync(join(root, RELEASES_DIR, SUMS_FILE), formatSums(sums));
console.log(`released ${version}: ${RELEASES_DIR}/${file} (sha256 ${sha256(bytes)})`);
