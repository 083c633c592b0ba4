import { describe, expect, it } from 'vitest';
import type { Quantity } from './schema';
import { quantityBounds } from './quantity-bounds';

const exact = (value: number, unit: Quantity['unit'] = 'EUR'): Quantity => ({
  text: `${value} ${unit}`,
  unit,
  kind: 'exact',
  value,
});
const approx = (value: number): Quantity => ({
  text: `environ ${value}`,
  unit: 'EUR',
  kind: 'approximate',
  value,
});
const atLeast = (min: number, unit: Quantity['unit'] = 'EUR'): Quantity => ({
  text: 'plusieurs milliards',
  unit,
  kind: 'lower-bound',
  min,
  max: null,
});
const range = (min: number, max: number): Quantity => ({
  text: `${min} à ${max}`,
  unit: 'EUR',
  kind: 'range',
  min,
  max,
});
const unspecified = (unit: Quantity['unit'] = 'EUR'): Quantity => ({
  text: 'non chiffré',
  unit,
  kind: 'unspecified',
});

describe('quantityBounds', () => {
  it('an exact or approximate amount is its value at both ends', () => {
    expect(quantityBounds(exact(1e9))).toEqual({ low: 1e9, high: 1e9, open: false });
    expect(quantityBounds(approx(4e9))).toEqual({ low: 4e9, high: 4e9, open: false });
  });

  it('an open lower bound has a low and no high', () => {
    expect(quantityBounds(atLeast(2e9))).toEqual({ low: 2e9, high: null, open: true });
  });

  it('a range runs from min to max', () => {
    expect(quantityBounds(range(30e9, 50e9))).toEqual({ low: 30e9, high: 50e9, open: false });
  });

  it('an unspecified amount has no number and is not open', () => {
    expect(quantityBounds(unspecified())).toEqual({ low: null, high: null, open: false });
  });
});
