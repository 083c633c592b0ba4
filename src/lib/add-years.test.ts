import { describe, expect, it } from 'vitest';
import { addYears } from './date-value';

describe('addYears', () => {
  it('moves 29 February to 28 February in a year without one, and back to the 29th in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2028-02-29', -4)).toBe('2024-02-29');
    // 2100 is not a leap year (divisible by 100, not by 400); 2000 was.
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
    expect(addYears('2004-02-29', -4)).toBe('2000-02-29');
  });

  it('keeps any other day as it is', () => {
    expect(addYears('2025-03-01', 1)).toBe('2026-03-01');
    expect(addYears('2025-12-31', -1)).toBe('2024-12-31');
    expect(addYears('2025-02-28', 0)).toBe('2025-02-28');
  });
});
