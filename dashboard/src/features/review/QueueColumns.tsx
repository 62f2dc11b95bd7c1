import { useEffect, useRef } from 'react';
import { graphql } from '../../__generated__';
import type { ReviewQueue_RoundtableFragment, RoundtableSortField } from '../../__generated__/graphql';
import type { QualityI18n } from '../../app/i18n/quality';
import { formatRange } from '../../data/ranges';
import { OpenRecordLink } from '../quality/OpenRecordLink';
import type { PagedColumn } from '../quality/PagedTable';
import { ReviewBadge } from './ReviewBadge';

// What the queue shows of each roundtable: the queue's query spreads it.
export const REVIEW_QUEUE_ROUNDTABLE = graphql(`
  fragment ReviewQueue_roundtable on Roundtable {
    id
    version
    number
    date
    format
    reviewState
    submittedAt
    region {
      slug
      name
    }
    attendance {
      total { min max }
      fromRecords
    }
  }
`);

export type QueuedRoundtable = ReviewQueue_RoundtableFragment;
type Column = PagedColumn<QueuedRoundtable, RoundtableSortField>;

/** The box that selects every selectable row listed: "mixed" to a screen reader when only some are. */
function SelectAll({ label, chosen, total, onChange }: { label: string; chosen: number; total: number; onChange(all: boolean): void }) {
  const box = useRef<HTMLInputElement>(null);
  const every = chosen > 0 && chosen === total;
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !every;
  }, [chosen, every]);
  return (
    <label>
      <input ref={box} type="checkbox" checked={every} disabled={total === 0} onChange={() => onChange(!every)} />
      <span className="sr-only">{label}</span>
    </label>
  );
}

/**
 * The queue's columns: with `selection`, a box per row a reviewer may take a step on (one
 * waiting for review) and one in the heading for all of them; then the record, its state and
 * when it was submitted, and a link to it on its region's page.
 */
export function queueColumns(
  { t, format }: QualityI18n,
  rows: readonly QueuedRoundtable[],
  selection?: { selected: ReadonlySet<string>; onSelect(ids: string[], chosen: boolean): void },
): Column[] {
  const selectable = rows.filter((row) => row.reviewState === 'SUBMITTED');
  const select: Column[] = selection
    ? [
        {
          label: t('queue.selectColumn'),
          head: (
            <SelectAll
              label={t('queue.selectAll')}
              chosen={selectable.filter((row) => selection.selected.has(row.id)).length}
              total={selectable.length}
              onChange={(all) =>
                selection.onSelect(
                  selectable.map((row) => row.id),
                  all,
                )
              }
            />
          ),
          cell: (row) =>
            row.reviewState === 'SUBMITTED' && (
              <label>
                <input
                  type="checkbox"
                  checked={selection.selected.has(row.id)}
                  onChange={(event) => selection.onSelect([row.id], event.target.checked)}
                />
                <span className="sr-only">{t('queue.select', { number: row.number, region: row.region.name })}</span>
              </label>
            ),
        },
      ]
    : [];
  return [
    ...select,
    { label: t('column.region'), sort: 'REGION', cell: (row) => row.region.name, value: (row) => row.region.name },
    { label: t('column.number'), sort: 'NUMBER', numeric: true, cell: (row) => format.number(row.number), value: (row) => row.number },
    {
      label: t('column.date'),
      sort: 'DATE',
      cell: (row) => <time dateTime={row.date}>{format.date(row.date)}</time>,
      value: (row) => row.date,
    },
    {
      label: t('region.format'),
      cell: (row) => (row.format ? t(`format.${row.format}`) : t('format.unknown')),
      value: (row) => row.format,
    },
    {
      label: t('region.attendance'),
      numeric: true,
      cell: (row) => formatRange(row.attendance.total, format.number, t('figure.unknown')),
      value: (row) => formatRange(row.attendance.total, String, ''),
    },
    {
      label: t('quality.review.column.state'),
      sort: 'REVIEW_STATE',
      cell: (row) => <ReviewBadge state={row.reviewState} />,
      value: (row) => row.reviewState,
    },
    {
      label: t('quality.review.column.submittedAt'),
      sort: 'SUBMITTED_AT',
      cell: (row) =>
        row.submittedAt ? (
          <time dateTime={row.submittedAt}>{format.date(row.submittedAt.slice(0, 10))}</time>
        ) : row.reviewState === 'DRAFT' ? (
          t('quality.review.notSubmitted')
        ) : (
          t('quality.review.submittedUnknown')
        ),
      value: (row) => row.submittedAt,
    },
    {
      label: t('queue.record'),
      cell: (row) => <OpenRecordLink id={row.id} number={row.number} region={row.region} />,
    },
  ];
}
