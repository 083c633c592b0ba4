/** The "show as table" alternative of a chart: a scrollable table whose caption carries the summary. */
import type { ReactNode } from 'react';
import './chart-table.css';

interface ChartTableProps {
  caption: string;
  summary: string;
  children: ReactNode;
}

export function ChartTable({ caption, summary, children }: ChartTableProps) {
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>
          {caption}. <span className="chart-table-summary">{summary}</span>
        </caption>
        {children}
      </table>
    </div>
  );
}
