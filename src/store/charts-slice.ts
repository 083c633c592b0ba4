import type { StateCreator } from 'zustand';
import type { AmountScale, Grouping, TablePanel } from './ui-vocabulary';

/**
 * How the chart panels are read: the investments chart's grouping and scale, and which
 * panels show a table instead of a chart. In the URL, so a reload or a shared link keeps them.
 */
export interface ChartsSlice {
  group: Grouping;
  scale: AmountScale;
  table: readonly TablePanel[];
  setGroup: (group: Grouping) => void;
  setScale: (scale: AmountScale) => void;
  setTable: (panel: TablePanel, asTable: boolean) => void;
}

export const createChartsSlice: StateCreator<ChartsSlice, [], [], ChartsSlice> = (set, get) => ({
  group: 'country',
  scale: 'linear',
  table: [],
  setGroup: (group) => set({ group }),
  setScale: (scale) => set({ scale }),
  setTable: (panel, asTable) => {
    const others = get().table.filter((p) => p !== panel);
    set({ table: asTable ? [...others, panel] : others });
  },
});
