/**
 * A chart panel's 'Show as table' state, kept in the store and hence in the URL (`table=timeline`),
 * so that a reload or a shared link keeps what the reader sees. Spread into `<ChartPanel>`.
 */
import { useCallback } from 'react';
import { useAtlasStore } from '../store/store-context';
import type { TablePanel } from '../store/ui-vocabulary';

export function useTableToggle(panel: TablePanel): {
  asTable: boolean;
  onAsTableChange: (asTable: boolean) => void;
} {
  const asTable = useAtlasStore((s) => s.table.includes(panel));
  const setTable = useAtlasStore((s) => s.setTable);
  const onAsTableChange = useCallback((on: boolean) => setTable(panel, on), [setTable, panel]);
  return { asTable, onAsTableChange };
}
