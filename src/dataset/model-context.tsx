/** The read-only model every view reads, from context: it never changes, so this costs no renders. */
import { createContext, useContext, type ReactNode } from 'react';
import type { AtlasModel } from './model';

const ModelContext = createContext<AtlasModel | null>(null);

export function AtlasModelProvider({ model, children }: { model: AtlasModel; children: ReactNode }) {
  return <ModelContext.Provider value={model}>{children}</ModelContext.Provider>;
}

export function useAtlasModel(): AtlasModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useAtlasModel must be used inside <AtlasModelProvider>');
  return model;
}
