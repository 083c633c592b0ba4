// Under Stryker, a property test runs at most 25 cases instead of its 10,000 (MUTATION_PROPERTY_RUNS
// sets another cap): the full count runs in `npm test`; here each of two thousand mutants pays for
// it, and a case of the whole-atlas properties costs about 0.1 s instrumented.
import { vi } from 'vitest';
import type * as FastCheck from 'fast-check';

vi.mock('fast-check', async (importOriginal) => {
  const fc = await importOriginal<typeof FastCheck>();
  const CAP = Number(process.env.MUTATION_PROPERTY_RUNS ?? 25);
  const cap = <T extends { numRuns?: number } | undefined>(params: T) => ({
    ...params,
    numRuns: Math.min(params?.numRuns ?? 100, CAP),
  });
  const assert: typeof fc.assert = ((property: never, params?: { numRuns?: number }) =>
    fc.assert(property, cap(params) as never)) as typeof fc.assert;
  return { ...fc, default: { ...fc, assert }, assert };
});
