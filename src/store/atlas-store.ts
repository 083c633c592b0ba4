/**
 * One store made of slices (zustand "slices pattern"). It holds UI state only: the dataset lives
 * in the read-only AtlasModel and is never copied here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';
import { createChartsSlice, type ChartsSlice } from './charts-slice';

export type AtlasState = SelectionSlice & TimeSlice & PrefsSlice & ChartsSlice;
export type AtlasStore = StoreApi<AtlasState>;

type Data<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };
export type AtlasStateData = Data<AtlasState>;

// `initial` is part of the store's initial state, not set after: server rendering (the prerendered
// page) reads zustand's getInitialState(), which a later setState would not reach.
export function createAtlasStore(initial: Partial<AtlasStateData> = {}): AtlasStore {
  return createStore<AtlasState>()((...args) => ({
    ...createSelectionSlice(...args),
    ...createTimeSlice(...args),
    ...createPrefsSlice(...args),
    ...createChartsSlice(...args),
    ...initial,
  }));
}
