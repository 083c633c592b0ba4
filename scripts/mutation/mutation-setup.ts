// Under Stryker, a property test runs 200 cases instead of its 10,000: the full count runs in
// `npm test`; here each of a thousand mutants pays for it.
import { vi } from 'vitest';
import type * as FastCheck from 'fast-check';

vi.mock('fast-check', async (importOriginal) => {
  const fc = await importOriginal<typeof FastCheck>();
  const cap = <T extends { numRuns?: number } | undefined>(params: T) => ({
    ...params,
    numRuns: Math.min(params?.numRuns ?? 100, 200),
  });
  const assert: typeof fc.assert = ((property: never, params?: { numRuns?: number }) =>
    fc.assert(property, cap(params) as never)) as typeof fc.assert;
  return { ...fc, default: { ...fc, assert }, assert };
});
