import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AtlasState, AtlasStore } from './atlas-store';

const StoreContext = createContext<AtlasStore | null>(null);

export function AtlasStoreProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAtlasStoreApi(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlasStore must be used inside <AtlasStoreProvider>');
  return store;
}

/** Subscribe to one slice of state; return primitives or wrap with useShallow to avoid re-renders. */
export function useAtlasStore<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStoreApi(), selector);
}
