import { describe, expect, it } from 'vitest';
import type { Quantity } from '../dataset/schema';
import { quantityBounds, sumQuantities } from './quantity';

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

describe('sumQuantities', () => {
  it('adds exact amounts and ranges end by end', () => {
    expect(sumQuantities([exact(1e9), range(30e9, 50e9)])).toEqual({
      unit: 'EUR',
      low: 31e9,
      high: 51e9,
      open: false,
      includesUnspecified: false,
      mixedUnits: false,
    });
  });

  it('is open (at least) as soon as one part is open', () => {
    const sum = sumQuantities([exact(1e9), atLeast(2e9)]);
    expect(sum).toMatchObject({ low: 3e9, high: null, open: true, includesUnspecified: false });
  });

  it('counts an unspecified part as nothing known, leaving the high unknown', () => {
    const sum = sumQuantities([exact(1e9), unspecified()]);
    expect(sum).toMatchObject({ low: 1e9, high: null, open: true, includesUnspecified: true });
  });

  it('refuses to add USD to EUR', () => {
    expect(sumQuantities([exact(1e9, 'EUR'), exact(1e9, 'USD')])).toEqual({
      unit: null,
      low: null,
      high: null,
      open: false,
      includesUnspecified: false,
      mixedUnits: true,
    });
  });

  it('refuses to add an amount with no stated currency (XXX) to EUR', () => {
    expect(sumQuantities([exact(1e9, 'EUR'), atLeast(1e9, 'XXX')]).mixedUnits).toBe(true);
  });

  it('sums a single currency other than EUR under its own unit', () => {
    expect(sumQuantities([exact(1e9, 'USD'), exact(2e9, 'USD')])).toMatchObject({ unit: 'USD', low: 3e9 });
  });

  it('sums nothing to zero, with no unit', () => {
    expect(sumQuantities([])).toEqual({
      unit: null,
      low: 0,
      high: 0,
      open: false,
      includesUnspecified: false,
      mixedUnits: false,
    });
  });
});
