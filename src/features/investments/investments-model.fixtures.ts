/** Pledges for the investments model's tests, and helpers to read the model. */
import type { DateValue, Investment, Quantity } from '../../dataset/schema';
import {
  buildInvestmentsModel,
  type InvestmentRow,
  type InvestmentsInput,
  type InvestmentsModel,
  type InvestmentsState,
} from './investments-model';

export const day = (start: string): DateValue => ({ start, precision: 'day', certainty: 'stated' });
const month = (start: string): DateValue => ({ start, precision: 'month', certainty: 'stated' });

export const exact = (value: number, unit: Quantity['unit'] = 'EUR'): Quantity => ({
  text: `${value}`,
  unit,
  kind: 'exact',
  value,
});
const approx = (value: number, unit: Quantity['unit']): Quantity => ({
  text: `~${value}`,
  unit,
  kind: 'approximate',
  value,
});
export const atLeast = (min: number): Quantity => ({
  text: 'plusieurs milliards',
  unit: 'EUR',
  kind: 'lower-bound',
  min,
  max: null,
});
export const range = (min: number, max: number): Quantity => ({
  text: `${min}-${max}`,
  unit: 'EUR',
  kind: 'range',
  min,
  max,
});
export const unspecified: Quantity = { text: 'un investissement', unit: 'EUR', kind: 'unspecified' };

export const inv = (id: string, amount: Quantity, extra: Partial<Investment> = {}): Investment => ({
  id,
  label: { fr: id, en: id },
  investor: { fr: 'France', en: 'France' },
  target: { fr: 'Infrastructure d’IA', en: 'AI infrastructure' },
  country: 'FR',
  amount,
  announced: day('2025-02-09'),
  citations: [],
  external: [],
  ...extra,
});

export const investments = [
  inv('summit', exact(109e9)),
  inv('uae-campus', range(30e9, 50e9), { partOf: 'summit', investor: { fr: 'MGX', en: 'MGX' } }),
  inv('brookfield', exact(20e9), { partOf: 'summit', investor: { fr: 'Brookfield', en: 'Brookfield' } }),
  inv('fouju', atLeast(2e9), {
    investor: { fr: 'Mistral AI', en: 'Mistral AI' },
    site: 'fouju-site',
    announced: day('2025-02-10'),
  }),
  inv('nvidia', approx(2e9, 'USD'), {
    investor: { fr: 'Nvidia', en: 'Nvidia' },
    country: 'DE',
    announced: day('2025-06-11'),
  }),
  inv('sweden', exact(1e9, 'XXX'), {
    investor: { fr: 'Mistral AI', en: 'Mistral AI' },
    country: 'SE',
    announced: month('2026-02'),
  }),
  inv('bpi', unspecified, { investor: { fr: 'Bpifrance', en: 'Bpifrance' }, announced: month('2025-09') }),
  inv('late', exact(5e8), { announced: day('2026-06-01') }),
];
const input: InvestmentsInput = {
  investments,
  sites: [{ id: 'fouju-site', name: { fr: 'Fouju', en: 'Fouju' } }],
  events: [{ id: 'fouju-event', investment: 'fouju' }],
};
export const state: InvestmentsState = {
  asOf: null,
  selectedId: null,
  hoveredId: null,
  groupBy: 'country',
  scale: 'linear',
};

export const build = (overrides: Partial<InvestmentsState> = {}, data: InvestmentsInput = input) =>
  buildInvestmentsModel(data, { ...state, ...overrides });
export const rowsOf = (model: InvestmentsModel) => model.groups.flatMap((group) => group.rows);
export const row = (model: InvestmentsModel, id: string): InvestmentRow => {
  const found = rowsOf(model).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
export const only = (...list: Investment[]): InvestmentsInput => ({ investments: list, sites: [] });
