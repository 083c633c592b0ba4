import type { StateCreator } from 'zustand';

/** The "as of" cursor (YYYY-MM-DD, null = everything known today) and playback. */
export interface TimeSlice {
  asOf: string | null;
  playing: boolean;
  setAsOf: (date: string | null) => void;
  setPlaying: (playing: boolean) => void;
  /** The visitor moves the cursor: playback stops and the cursor goes to `date`, in one change. */
  scrubTo: (date: string | null) => void;
}

export const createTimeSlice: StateCreator<TimeSlice, [], [], TimeSlice> = (set) => ({
  asOf: null,
  playing: false,
  setAsOf: (asOf) => set({ asOf }),
  setPlaying: (playing) => set({ playing }),
  scrubTo: (asOf) => set({ playing: false, asOf }),
});
