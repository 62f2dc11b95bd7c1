import { graphql } from '../../__generated__';
import type { OutlierMark, OutlierSortField, OutliersSection_OutlierFragment } from '../../__generated__/graphql';
import type { QualityI18n } from '../../app/i18n/quality';
import { formatRange } from '../../data/ranges';
import { OpenRecordLink } from './OpenRecordLink';
import type { PagedColumn } from './PagedTable';

// What the list of flagged figures shows of each: the section's query spreads it.
export const OUTLIERS_SECTION_OUTLIER = graphql(`
  fragment OutliersSection_outlier on Outlier {
    roundtableId
    number
    date
    measure
    value { min max }
    regionMedian
    regionScore
    projectMedian
    projectScore
    status
    comment
    markedBy
    markedAt
    region {
      slug
      name
    }
  }
`);

export type FlaggedFigure = OutliersSection_OutlierFragment;
type Column = PagedColumn<FlaggedFigure, OutlierSortField>;

/** A score or a median to one decimal; unknown (too few exact values to compare with) in words, empty in downloads. */
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** How far a figure is from its usual: the larger of its two scores, in either direction (the API's SCORE order). */
const distance = (row: FlaggedFigure) =>
  row.regionScore === null && row.projectScore === null ? null : Math.max(Math.abs(row.regionScore ?? 0), Math.abs(row.projectScore ?? 0));

/**
 * The flagged figures' columns: the record, the figure and its value, both medians and scores,
 * where it stands in review and, for a reviewer, the marks to give it.
 */
export function outlierColumns(i18n: QualityI18n, onMark?: (row: FlaggedFigure, status: OutlierMark) => void): Column[] {
  const { t, format } = i18n;
  const decimal = (value: number | null) => {
    const rounded = oneDecimal(value);
    return rounded === null ? t('outlier.scoreUnknown') : format.number(rounded);
  };
  const columns: Column[] = [
    { label: t('column.region'), sort: 'REGION', cell: (row) => row.region.name, value: (row) => row.region.name },
    { label: t('column.number'), numeric: true, cell: (row) => format.number(row.number), value: (row) => row.number },
    {
      label: t('column.date'),
      sort: 'DATE',
      cell: (row) => <time dateTime={row.date}>{format.date(row.date)}</time>,
      value: (row) => row.date,
    },
    {
      label: t('quality.outliers.measure'),
      sort: 'MEASURE',
      cell: (row) => t(`outlier.measure.${row.measure}`),
      value: (row) => t(`outlier.measure.${row.measure}`),
    },
    {
      label: t('quality.outliers.column.value'),
      numeric: true,
      cell: (row) => formatRange(row.value, format.number, t('figure.unknown')),
      value: (row) => formatRange(row.value, String, ''),
    },
    {
      label: t('quality.outliers.column.distance'),
      sort: 'SCORE',
      numeric: true,
      cell: (row) => decimal(distance(row)),
      value: (row) => oneDecimal(distance(row)),
    },
    {
      label: t('quality.outliers.column.regionMedian'),
      numeric: true,
      cell: (row) => decimal(row.regionMedian),
      value: (row) => oneDecimal(row.regionMedian),
    },
    {
      label: t('quality.outliers.column.regionScore'),
      numeric: true,
      cell: (row) => decimal(row.regionScore),
      value: (row) => oneDecimal(row.regionScore),
    },
    {
      label: t('quality.outliers.column.projectMedian'),
      numeric: true,
      cell: (row) => decimal(row.projectMedian),
      value: (row) => oneDecimal(row.projectMedian),
    },
    {
      label: t('quality.outliers.column.projectScore'),
      numeric: true,
      cell: (row) => decimal(row.projectScore),
      value: (row) => oneDecimal(row.projectScore),
    },
    {
      label: t('quality.outliers.status'),
      cell: (row) => (
        <>
          <span className={`outlier-status outlier-${row.status.toLowerCase()}`}>{t(`quality.outliers.status.${row.status}`)}</span>
          {row.markedBy && row.markedAt && (
            <span className="muted"> {t('quality.outliers.markedBy', { who: row.markedBy, when: format.dateTime(row.markedAt) })}</span>
          )}
        </>
      ),
      value: (row) => row.status,
    },
    { label: t('quality.outliers.column.comment'), cell: (row) => row.comment, value: (row) => row.comment },
    {
      label: t('queue.record'),
      cell: (row) => <OpenRecordLink id={row.roundtableId} number={row.number} region={row.region} />,
    },
  ];
  if (!onMark) return columns;
  const which = (row: FlaggedFigure) => ({
    measure: t(`outlier.measure.${row.measure}`),
    number: row.number,
    region: row.region.name,
  });
  return [
    ...columns,
    {
      label: t('quality.outliers.column.mark'),
      cell: (row) => (
        <span className="toolbar mark-actions">
          <button type="button" className="secondary" onClick={() => onMark(row, 'CHECKED')}>
            {t('quality.outliers.check')}
            <span className="sr-only"> {t('quality.outliers.which', which(row))}</span>
          </button>
          <button type="button" className="secondary" onClick={() => onMark(row, 'FOLLOW_UP')}>
            {t('quality.outliers.followUp')}
            <span className="sr-only"> {t('quality.outliers.which', which(row))}</span>
          </button>
        </span>
      ),
    },
  ];
}
