/**
 * The header of a chart panel: its title and the 'Show as table' toggle, then any extra controls.
 * The title's id is what the panel's `aria-labelledby` points at.
 */
import type { ReactNode } from 'react';
import './chart-panel-header.css';

export interface ChartPanelHeaderProps {
  titleId: string;
  title: string;
  asTable: boolean;
  onAsTableChange: (asTable: boolean) => void;
  /** The toggle's label ('Show as table'); it reads as pressed while the table shows. */
  tableLabel: string;
  children?: ReactNode;
}

export function ChartPanelHeader({
  titleId,
  title,
  asTable,
  onAsTableChange,
  tableLabel,
  children,
}: ChartPanelHeaderProps) {
  return (
    <header className="chart-header">
      <h2 id={titleId} className="chart-title">
        {title}
      </h2>
      <button
        type="button"
        className="chart-toggle"
        aria-pressed={asTable}
        onClick={() => onAsTableChange(!asTable)}
      >
        {tableLabel}
      </button>
      {children}
    </header>
  );
}
