// The vitest setup Stryker runs for each mutant: only the tests of the mutated folders, and
// property tests capped (mutation-setup.ts) so a mutant costs seconds, not minutes.
import { defineConfig } from 'vitest/config';
import base from '../../vite.config';

export default defineConfig({
  test: {
    ...base.test,
    include: ['src/dataset/**/*.test.ts', 'src/url-state/**/*.test.ts', 'src/features/embed/**/*.test.ts'],
    // Instrumented code runs several times slower than the plain one.
    testTimeout: 120_000,
    setupFiles: ['src/test-setup.ts', 'scripts/mutation/mutation-setup.ts'],
  },
});
