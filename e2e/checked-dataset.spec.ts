/**
 * The atlas's own dataset is validated when it is built, so the browser never downloads the
 * validator (zod) for it; a dataset a visitor brings with ?data= still goes through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './support/atlas-test';

type Manifest = Record<string, { file: string }>;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest;

/** The validator: zod's chunk, the parser's, and the worker that validates a visitor's file. */
function validatorFiles(): string[] {
  const chunks = Object.entries(manifest)
    .filter(([key]) =>
      /zod-config|parse-atlas|^_validate-|validate-text|^src\/dataset\/validate\.ts$/.test(key),
    )
    .map(([, chunk]) => chunk.file);
  const workers = readdirSync('dist/assets')
    .filter((file) => /^validate-worker-[\w-]+\.js$/.test(file))
    .map((file) => `assets/${file}`);
  return [...chunks, ...workers];
}

const fetched = (requests: readonly string[], files: readonly string[]) =>
  files.filter((file) => requests.some((url) => url.endsWith(`/${file}`)));

test('the built-in dataset is shown without loading the validator', async ({ atlas }) => {
  const validator = validatorFiles();
  expect(validator.length).toBeGreaterThan(1);
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
  expect(fetched(atlas.requests, validatorFiles())).not.toEqual([]);
});
