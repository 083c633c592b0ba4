/**
 * The header of a chart panel: its title and the 'Show as table' toggle, then any extra controls.
 * The title's id is what the panel's `aria-labelledby` points at.
 */
import type { ReactNode } from 'react';
import './chart-panel-header.css';
import { landmark } from './export-landmarks';

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
      <h2 id={titleId} className="chart-title" {...landmark('chart-title')}>
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

export interface ChartPanelProps {
  /** 'timeline' gives the section class `panel-timeline` and the ids `timeline-title`, `timeline-summary`. */
  name: string;
  title: string;
  asTable: boolean;
  onAsTableChange: (asTable: boolean) => void;
  tableLabel: string;
  /** The one-sentence summary the section is described by. */
  summary: string;
  children: ReactNode;
}

/** A chart panel: a section named by its header and described by its summary sentence. */
export function ChartPanel({ name, summary, children, ...header }: ChartPanelProps) {
  return (
    <section
      className={`panel panel-${name}`}
      {...landmark('chart-panel')}
      data-chart={name}
      aria-labelledby={`${name}-title`}
      aria-describedby={`${name}-summary`}
    >
      <ChartPanelHeader titleId={`${name}-title`} {...header} />
      <p id={`${name}-summary`} className="chart-summary" {...landmark('chart-note')}>
        {summary}
      </p>
      {children}
    </section>
  );
}
