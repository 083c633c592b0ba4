// `npm run mutation`: Stryker mutates the modules that guard the atlas's edges (the dataset's
// checks, the URL codec, the embed protocol) and runs their vitest tests against every mutant.
// Not part of `npm test`: a full run takes tens of minutes on two cores. docs/mutation.md has the score.
// MUTATION_GROUP=<name> runs one group (its own incremental file and reports): a group's score is
// written down without the hours of the whole run. The dataset's checks are one group per file.
const GROUPS = {
  integrity: ['src/dataset/integrity.ts'],
  validate: ['src/dataset/validate.ts'],
  'safe-text': ['src/dataset/safe-text.ts'],
  'fetch-dataset': ['src/dataset/fetch-dataset.ts'],
  linking: ['src/dataset/linking.ts'],
  url: [
    'src/url-state/url-codec.ts',
    'src/url-state/url-validators.ts',
    'src/features/embed/embed-protocol.ts',
    'src/features/embed/embed-messages.ts',
  ],
  // The CSV reader (a newsroom's spreadsheet in); the CSV writer of the downloads is not an edge.
  csv: ['src/dataset/csv/*.ts', '!src/dataset/csv/atlas-to-csv.ts'],
};
const group = process.env.MUTATION_GROUP;
if (group && !GROUPS[group]) throw new Error(`MUTATION_GROUP: one of ${Object.keys(GROUPS).join(', ')}`);
const suffix = group ? `-${group}` : '';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/mutation/vitest.mutation.config.ts', related: true },
  mutate: [...(group ? GROUPS[group] : Object.values(GROUPS).flat()), '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental${suffix}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation${suffix}/mutation.html` },
  jsonReporter: { fileName: `reports/mutation${suffix}/mutation.json` },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 20000,
  // The first run of every test, instrumented, on two shared cores.
  dryRunTimeoutMinutes: 40,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
