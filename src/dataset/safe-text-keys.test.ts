import { describe, expect, it } from 'vitest';
import { checkSafeText } from './safe-text';
import { MAX_PROBLEM_LENGTH, formatProblemShort } from './problem';

describe('safe text in object keys', () => {
  it('refuses a key holding a right-to-left override, like a value', () => {
    const problems = checkSafeText({ sites: [], ['evil\u202Ekey']: 1 });
    expect(problems).toEqual([expect.objectContaining({ path: '(root)', found: 'U+202E' })]);
  });

  it('refuses a key longer than any text may be, and prints its problem at a readable length', () => {
    const problems = checkSafeText({ nested: { ['k'.repeat(3_000_000)]: 'x' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('nested');
    const printed = problems.map(formatProblemShort);
    expect(printed[0]!.length).toBeLessThanOrEqual(MAX_PROBLEM_LENGTH);
  });

  it('cuts a long printed problem with an ellipsis', () => {
    const line = formatProblemShort({ path: 'x'.repeat(3_000_042), message: 'unknown key' });
    expect(line).toHaveLength(MAX_PROBLEM_LENGTH);
    expect(line.endsWith('…')).toBe(true);
  });
});
