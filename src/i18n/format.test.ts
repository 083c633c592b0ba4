import { describe, expect, it } from 'vitest';
import type { Quantity } from '../dataset/schema';
import {
  formatAmount,
  formatDateValue,
  formatDateWithCertainty,
  formatIsoDate,
  formatQuantity,
} from './format';

describe('formatAmount', () => {
  it('writes money the French and the English way', () => {
    expect(formatAmount(1.2e9, 'EUR', 'fr')).toBe('1,2\u00a0Md€');
    expect(formatAmount(1.2e9, 'EUR', 'en')).toBe('€1.2bn');
    expect(formatAmount(600e6, 'EUR', 'fr')).toBe('600\u00a0M€');
    expect(formatAmount(600e6, 'EUR', 'en')).toBe('€600m');
    expect(formatAmount(1000e9, 'USD', 'en')).toBe('$1,000bn');
    expect(formatAmount(1000e9, 'USD', 'fr')).toBe('1\u202f000\u00a0Md$');
    expect(formatAmount(500, 'EUR', 'fr')).toBe('500\u00a0€');
  });

  it('says so when the currency is not stated', () => {
    expect(formatAmount(50e9, 'XXX', 'en')).toBe('50bn (currency not stated)');
    expect(formatAmount(50e9, 'XXX', 'fr')).toBe('50\u00a0Md (devise non précisée)');
  });

  it('writes capacities, areas, shares and jobs', () => {
    expect(formatAmount(40, 'MW', 'en')).toBe('40\u00a0MW');
    expect(formatAmount(2000, 'm2', 'fr')).toBe('2\u202f000\u00a0m²');
    expect(formatAmount(67.41, '%', 'fr')).toBe('67,41\u202f%');
    expect(formatAmount(27.6, '%', 'en')).toBe('27.6%');
    expect(formatAmount(20, 'jobs', 'en')).toBe('20\u00a0jobs');
    expect(formatAmount(1, 'jobs', 'fr')).toBe('1\u00a0emploi');
  });

  it('writes GPU counts', () => {
    expect(formatAmount(13800, 'gpus', 'en')).toBe('13,800\u00a0GPUs');
    expect(formatAmount(18000, 'gpus', 'fr')).toBe('18\u202f000\u00a0GPU');
  });
});

describe('formatQuantity', () => {
  const q = (over: Partial<Quantity>): Quantity => ({ text: 't', unit: 'EUR', kind: 'exact', ...over });

  it('marks an open lower bound with ≥ and never invents a value', () => {
    expect(formatQuantity(q({ kind: 'lower-bound', min: 2e9, max: null }), 'en')).toBe('≥\u00a0€2bn');
    expect(formatQuantity(q({ kind: 'lower-bound', min: 2e9, max: null }), 'fr')).toBe('≥\u00a02\u00a0Md€');
  });

  it('writes ranges, approximations and unspecified amounts', () => {
    expect(formatQuantity(q({ kind: 'range', min: 1e9, max: 2e9 }), 'en')).toBe('€1bn\u00a0– €2bn');
    expect(formatQuantity(q({ kind: 'range', min: 100, max: 200, unit: 'MW' }), 'fr')).toBe(
      '100\u00a0MW\u00a0– 200\u00a0MW',
    );
    expect(formatQuantity(q({ kind: 'approximate', value: 5e8 }), 'en')).toBe('≈\u00a0€500m');
    expect(formatQuantity(q({ kind: 'unspecified' }), 'fr')).toBe('non précisé');
  });
});

describe('where a formatted amount may break a line', () => {
  const UNITS: readonly Quantity['unit'][] = ['EUR', 'USD', 'XXX', 'MW', 'm2', '%', 'jobs', 'gpus'];
  const VALUES = [0.5, 1, 3, 40, 1200, 600e6, 1.2e9, 1000e9];
  const LANGS = ['fr', 'en'] as const;

  function quantities(unit: Quantity['unit'], value: number): Quantity[] {
    const base = { text: 't', unit };
    return [
      { ...base, kind: 'exact', value },
      { ...base, kind: 'approximate', value },
      { ...base, kind: 'lower-bound', min: value, max: null },
      { ...base, kind: 'range', min: value, max: value * 2 },
    ];
  }

  /** The text without its two breakable places: after a range's dash, and before (and in) a currency note. */
  const withoutBreaks = (text: string) =>
    text.replace(/– /g, '–').replace(/ \((devise non précisée|currency not stated)\)/g, '');

  it('never puts a plain space between a number and its unit, nor after "≈" or "≥", in either language', () => {
    for (const lang of LANGS)
      for (const unit of UNITS)
        for (const value of VALUES)
          for (const quantity of quantities(unit, value)) {
            const text = formatQuantity(quantity, lang);
            expect(text, `${lang} ${quantity.kind} ${value} ${unit}`).not.toMatch(/[\d≈≥] [^(]/);
            expect(withoutBreaks(text), `${lang} ${quantity.kind} ${value} ${unit}: ${text}`).not.toContain(
              ' ',
            );
          }
  });

  it('still lets a long range wrap after its dash, and a currency note on its own line', () => {
    for (const lang of LANGS) {
      expect(formatQuantity({ text: 't', unit: 'MW', kind: 'range', min: 100, max: 200 }, lang)).toMatch(
        /\u00a0– \d/,
      );
      expect(formatAmount(500, 'XXX', lang)).toMatch(/^500 \(/);
    }
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
