import type { StateCreator } from 'zustand';

/** What the visitor picked (a site, a pledge or an event id) and what the pointer is over. */
export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  hoveredId: null,
  select: (id) => {
    if (get().selectedId !== id) set({ selectedId: id });
  },
  hover: (id) => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
});
