/** A captioned table that scrolls sideways on its own when it is wider than its column. */
import type { ReactNode } from 'react';

interface DataTableProps {
  caption: string;
  /** The column headings, in order. */
  columns: readonly string[];
  className?: string;
  /** The body's rows. */
  children: ReactNode;
}

export function DataTable({ caption, columns, className, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
