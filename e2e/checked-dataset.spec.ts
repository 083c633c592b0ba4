/**
 * The atlas's own dataset is validated when it is built, so the browser never downloads the
 * validator (zod) for it; a dataset a visitor brings with ?data= still goes through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './support/atlas-test';

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;

/** The validator's chunk and the chunks only it imports (zod among them). */
function validatorFiles(): string[] {
  const entryImports = new Set(
    Object.values(manifest).flatMap((chunk) => (chunk.isEntry ? (chunk.imports ?? []) : [])),
  );
  const parser = manifest['src/dataset/parse-atlas.ts'];
  if (!parser) throw new Error('no parse-atlas chunk in the build manifest');
  const own = (parser.imports ?? [])
    .filter((key) => !entryImports.has(key))
    .map((key) => manifest[key]!.file);
  return [parser.file, ...own];
}

const fetched = (requests: readonly string[], files: readonly string[]) =>
  files.filter((file) => requests.some((url) => url.endsWith(`/${file}`)));

test('the built-in dataset is shown without loading the validator', async ({ atlas }) => {
  const validator = validatorFiles();
  expect(validator.some((file) => /zod/.test(file))).toBe(true);
  await atlas.open('?lang=en');
  await expect(atlas.siteList().getByRole('listitem').first()).toBeVisible();
  expect(fetched(atlas.requests, validator)).toEqual([]);
});

test('a ?data= dataset still goes through the validator', async ({ atlas }) => {
  // The hand-edited file as the build copies it for downloads: valid, but brought by the visitor.
  const raw = readdirSync('dist/assets').find((file) => /^atlas-(?!checked)[\w-]+\.json$/.test(file));
  expect(raw).toBeDefined();
  await atlas.open(`?lang=en&data=assets/${raw}`);
  await expect(atlas.siteList().getByRole('listitem').first()).toBeVisible();
  expect(fetched(atlas.requests, validatorFiles())).toContain(manifest['src/dataset/parse-atlas.ts']!.file);
});
