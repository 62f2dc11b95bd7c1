import { graphql } from '../../__generated__';
import type { CompletenessCell_CompletenessFragment } from '../../__generated__/graphql';
import { type Filters, writeFilters } from '../../app/filters';
import type { QualityI18n } from '../../app/i18n/quality';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { type CompletenessMeasure, type CompletenessSortKey, type RegionCompleteness, rateStep } from '../../data/completeness';
import type { CsvValue } from '../../data/csv';
import type { PagedColumn } from './PagedTable';

// What a cell of the heat table shows: engagement's counts, evaluation's target and rates, geography's name.
export const COMPLETENESS_CELL = graphql(`
  fragment CompletenessCell_completeness on RegionPeriodCompleteness {
    regionSlug
    periodCode
    recorded
    approved
    submitted
    onTime
    overdue
    onTimeRate
    expected
    reportingRate
    approvedRate
    region {
      slug
      name
    }
    period {
      code
      label(locale: $locale)
      start
      end
    }
  }
`);

export type CompletenessCell = CompletenessCell_CompletenessFragment;
export type CompletenessRow = RegionCompleteness<CompletenessCell>;
type Column = PagedColumn<CompletenessRow, CompletenessSortKey>;

/** A period as the table's columns name it. */
export interface PeriodColumn {
  code: string;
  label: string;
}

/**
 * The heat table's columns: the region, then a cell per reporting period (its reporting rate as a
 * colour and in words, what was approved and recorded of what was expected, the on-time rate),
 * linking to the region's page over that period. Each figure of a cell has its own column in downloads.
 */
export function completenessColumns(
  i18n: QualityI18n,
  periods: readonly PeriodColumn[],
  measure: CompletenessMeasure,
  filters: Filters,
): Column[] {
  const { t } = i18n;
  const region: Column = {
    label: t('quality.completeness.column.region'),
    sort: 'REGION',
    cell: (row) => row.name,
    value: (row) => row.name,
  };
  return [
    region,
    ...periods.map(
      (period): Column => ({
        label: period.label,
        sort: `${measure}:${period.code}`,
        cell: (row) => <Cell cell={row.cells.get(period.code)} regionName={row.name} i18n={i18n} filters={filters} />,
      }),
    ),
    ...periods.flatMap((period) => downloadColumns(i18n, period)),
  ];
}

/** Between the lines of a cell, for whoever reads it as one text (a screen reader, a copy). */
const SEPARATOR = <span className="sr-only">; </span>;

function Cell({
  cell,
  regionName,
  i18n,
  filters,
}: {
  cell: CompletenessCell | undefined;
  regionName: string;
  i18n: QualityI18n;
  filters: Filters;
}) {
  const { t, format } = i18n;
  if (!cell) return null;
  const step = rateStep(cell.reportingRate);
  const counts = { approved: format.number(cell.approved), recorded: format.number(cell.recorded) };
  const href = cell.period
    ? `${regionPath(cell.regionSlug)}${writeFilters({ ...filters, regions: [], countries: [], approvedOnly: false, from: cell.period.start, to: cell.period.end })}`
    : regionPath(cell.regionSlug);
  return (
    <Link to={href} className={`completeness-cell ${step === null ? 'rate-unknown' : `rate-${step}`}`}>
      <span className="sr-only">
        {t('quality.completeness.cell.link', { region: regionName, period: cell.period?.label ?? cell.periodCode })}
      </span>
      <strong className="completeness-rate">
        {cell.reportingRate === null || cell.reportingRate === undefined
          ? t('quality.completeness.notSet')
          : format.percent(cell.reportingRate)}
      </strong>
      {SEPARATOR}
      <span>
        {cell.expected === null || cell.expected === undefined
          ? t('quality.completeness.cell.countsNoTarget', counts)
          : t('quality.completeness.cell.counts', { ...counts, expected: format.number(cell.expected) })}
      </span>
      {SEPARATOR}
      <span>
        {cell.onTimeRate === null
          ? t('quality.completeness.cell.onTimeUnknown')
          : t('quality.completeness.cell.onTime', { rate: format.percent(cell.onTimeRate) })}
      </span>
    </Link>
  );
}

/** A period's figures, a column each, in downloads: a number stays a number, an unknown stays empty. */
function downloadColumns({ t }: QualityI18n, period: PeriodColumn): Column[] {
  const figure = (key: Parameters<QualityI18n['t']>[0], value: (cell: CompletenessCell) => CsvValue): Column => ({
    label: t(key, { period: period.label }),
    downloadOnly: true,
    cell: () => null,
    value: (row) => {
      const cell = row.cells.get(period.code);
      return cell ? value(cell) : null;
    },
  });
  return [
    figure('quality.completeness.file.expected', (cell) => cell.expected ?? null),
    figure('quality.completeness.file.recorded', (cell) => cell.recorded),
    figure('quality.completeness.file.approved', (cell) => cell.approved),
    figure('quality.completeness.file.submitted', (cell) => cell.submitted),
    figure('quality.completeness.file.onTime', (cell) => cell.onTime),
    figure('quality.completeness.file.overdue', (cell) => cell.overdue),
    figure('quality.completeness.file.reportingRate', (cell) => cell.reportingRate ?? null),
    figure('quality.completeness.file.approvedRate', (cell) => cell.approvedRate ?? null),
    figure('quality.completeness.file.onTimeRate', (cell) => cell.onTimeRate ?? null),
  ];
}
