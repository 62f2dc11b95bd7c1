import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen. Its wrapper is a region named by the
 * table's caption and reachable by keyboard, so the columns out of view can be scrolled to.
 */
export function ScrollTable({
  caption,
  className,
  wrapClassName,
  children,
}: {
  caption: string;
  className: string;
  /** Classes beside `table-wrap` on the wrapper. */
  wrapClassName?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'} aria-label={caption} tabIndex={0}>
      <table className={className}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/**
 * A table's header row: a heading per column, those over numbers aligned as their cells.
 * `csv`, a chart table's column name in its downloads, keys the heading where labels repeat.
 */
export function ColumnHeads({ columns }: { columns: readonly { label: string; numeric?: boolean; csv?: string }[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.csv ?? column.label} scope="col" className={column.numeric ? 'numeric' : undefined}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
