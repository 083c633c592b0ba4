import { describe, expect, it } from 'vitest';
import type { Quantity } from '../dataset/schema';
import {
  formatAmount,
  formatDateValue,
  formatDateWithCertainty,
  formatIsoDate,
  formatQuantity,
} from './format';
import { plain } from '../test-utils/plain-text';

describe('formatAmount', () => {
  it('writes money the French and the English way', () => {
    expect(plain(formatAmount(1.2e9, 'EUR', 'fr'))).toBe('1,2 Md€');
    expect(formatAmount(1.2e9, 'EUR', 'en')).toBe('€1.2bn');
    expect(plain(formatAmount(600e6, 'EUR', 'fr'))).toBe('600 M€');
    expect(formatAmount(600e6, 'EUR', 'en')).toBe('€600m');
    expect(formatAmount(1000e9, 'USD', 'en')).toBe('$1,000bn');
    expect(plain(formatAmount(1000e9, 'USD', 'fr'))).toBe('1 000 Md$');
  });

  it('says so when the currency is not stated', () => {
    expect(formatAmount(50e9, 'XXX', 'en')).toBe('50bn (currency not stated)');
    expect(plain(formatAmount(50e9, 'XXX', 'fr'))).toBe('50 Md (devise non précisée)');
  });

  it('writes capacities, areas, shares and jobs', () => {
    expect(formatAmount(40, 'MW', 'en')).toBe('40 MW');
    expect(plain(formatAmount(2000, 'm2', 'fr'))).toBe('2 000 m²');
    expect(plain(formatAmount(67.41, '%', 'fr'))).toBe('67,41 %');
    expect(formatAmount(27.6, '%', 'en')).toBe('27.6%');
    expect(formatAmount(20, 'jobs', 'en')).toBe('20 jobs');
  });

  it('writes GPU counts', () => {
    expect(formatAmount(13800, 'gpus', 'en')).toBe('13,800 GPUs');
    expect(plain(formatAmount(18000, 'gpus', 'fr'))).toBe('18 000 GPU');
  });
});

describe('formatQuantity', () => {
  const q = (over: Partial<Quantity>): Quantity => ({ text: 't', unit: 'EUR', kind: 'exact', ...over });

  it('marks an open lower bound with ≥ and never invents a value', () => {
    expect(formatQuantity(q({ kind: 'lower-bound', min: 2e9, max: null }), 'en')).toBe('≥ €2bn');
    expect(plain(formatQuantity(q({ kind: 'lower-bound', min: 2e9, max: null }), 'fr'))).toBe('≥ 2 Md€');
  });

  it('writes ranges, approximations and unspecified amounts', () => {
    expect(formatQuantity(q({ kind: 'range', min: 1e9, max: 2e9 }), 'en')).toBe('€1bn – €2bn');
    expect(formatQuantity(q({ kind: 'approximate', value: 5e8 }), 'en')).toBe('≈ €500m');
    expect(formatQuantity(q({ kind: 'unspecified' }), 'fr')).toBe('non précisé');
  });
});

describe('dates', () => {
  it('formats at the precision the source gives', () => {
    expect(formatIsoDate('2025-02-09', 'fr')).toBe('9 févr. 2025');
    expect(formatIsoDate('2025-02-09', 'en')).toBe('9 Feb 2025');
    expect(formatIsoDate('2023-04', 'en')).toBe('Apr 2023');
    expect(formatIsoDate('2027', 'fr')).toBe('2027');
  });

  it('joins a range', () => {
    expect(
      formatDateValue(
        { start: '2025-02-06', end: '2025-02-11', precision: 'range', certainty: 'stated' },
        'en',
      ),
    ).toBe('6 Feb 2025 – 11 Feb 2025');
  });

  it('says when a date is contested or inferred', () => {
    const d = {
      start: '2024',
      precision: 'year',
      certainty: 'contested',
      note: { fr: 'x', en: 'x' },
    } as const;
    expect(formatDateWithCertainty(d, 'en')).toBe('2024 (contested date)');
    expect(formatDateWithCertainty({ ...d, certainty: 'inferred' }, 'fr')).toBe('2024 (date déduite)');
    expect(formatDateWithCertainty({ ...d, certainty: 'stated' }, 'en')).toBe('2024');
  });
});
