import { describe, expect, it } from 'vitest';
import { clampDay, cursorRange, cursorValue, dayForKey, dayNumber } from './cursor-keys';

const range = cursorRange(
  ['2021-06-01', '2023-04-01', '2024-01-01', '2025-02-09', '2027-01-01'],
  '2026-11-22',
);

describe('cursor keys', () => {
  it('runs from the first to the last step', () => {
    expect(range).toMatchObject({ min: '2021-06-01', max: '2027-01-01' });
    expect(cursorRange([], '2026-11-22')).toMatchObject({ min: '2026-11-22', max: '2026-11-22' });
  });

  it('moves to the next and previous event day with the arrows, stopping at the ends', () => {
    expect(dayForKey('ArrowRight', '2023-04-01', range)).toBe('2024-01-01');
    expect(dayForKey('ArrowUp', '2023-05-15', range)).toBe('2024-01-01');
    expect(dayForKey('ArrowLeft', '2023-05-15', range)).toBe('2023-04-01');
    expect(dayForKey('ArrowDown', '2023-04-01', range)).toBe('2021-06-01');
    expect(dayForKey('ArrowRight', '2027-01-01', range)).toBe('2027-01-01');
    expect(dayForKey('ArrowLeft', '2021-06-01', range)).toBe('2021-06-01');
  });

  it('moves a calendar year with Page Up/Down and jumps to the ends with Home/End', () => {
    expect(dayForKey('PageUp', '2024-02-29', range)).toBe('2025-02-28');
    expect(dayForKey('PageDown', '2025-02-09', range)).toBe('2024-02-09');
    expect(dayForKey('PageDown', '2022-01-01', range)).toBe('2021-06-01');
    expect(dayForKey('PageUp', '2026-06-01', range)).toBe('2027-01-01');
    expect(dayForKey('Home', '2025-02-09', range)).toBe('2021-06-01');
    expect(dayForKey('End', '2025-02-09', range)).toBe('2027-01-01');
    expect(dayForKey('Enter', '2025-02-09', range)).toBeNull();
  });

  it('reads no cursor as today and keeps the value inside the range', () => {
    expect(cursorValue(null, '2026-11-22', range)).toBe('2026-11-22');
    expect(cursorValue(null, '2031-01-01', range)).toBe('2027-01-01');
    expect(cursorValue('2024', '2026-11-22', range)).toBe('2024-01-01');
    expect(clampDay('2019-05-05', range)).toBe('2021-06-01');
  });

  it('counts whole days for aria-valuenow', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-02-10') - dayNumber('2025-02-09')).toBe(1);
  });
});
