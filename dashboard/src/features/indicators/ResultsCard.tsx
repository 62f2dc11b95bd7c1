import { useId } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { resultWords, withheldLabels } from '../../app/i18n/withheld-words';
import { CardHead } from '../../charts/ChartCard';
import { type SourceLink, Sources } from '../../charts/Sources';
import { WithheldNote } from '../../charts/WithheldNote';
import { reasonsAmong } from '../../data/withholding';
import type { IatiResults } from './iati-json';
import type { IndicatorResultRow } from './indicator-types';
import { ResultsDownloads } from './ResultsDownloads';
import { ResultsTable } from './ResultsTable';
import type { ResultsGrid } from './results-grid';
import { resultsTable } from './results-table';
import { StatusLegend } from './StatusBadge';

/** The period's results, region by region, with their downloads, what the statuses mean and the sources. */
export function ResultsCard<Row extends IndicatorResultRow & { asOf?: string }>({
  grid,
  periodCode,
  periodLabel,
  sources,
  illustrative,
  iati,
  onOpen,
}: {
  grid: ResultsGrid<Row>;
  periodCode: string;
  periodLabel: string;
  sources: SourceLink[];
  illustrative: boolean;
  iati: () => IatiResults;
  onOpen: (row: Row) => void;
}) {
  const { t, format } = useIndicatorsI18n();
  const titleId = useId();
  const title = t('indicators.tableTitle', { period: periodLabel });
  const asOf = grid.rows[0]?.asOf;
  return (
    <section className="card" aria-labelledby={titleId}>
      <CardHead id={titleId} title={title} illustrative={illustrative}>
        <ResultsDownloads
          table={resultsTable(
            grid.rows,
            grid.indicators,
            t('indicators.allRegions'),
            { header: t('withheld.column'), labels: withheldLabels(t) },
            { header: t('figure.notesColumn'), words: resultWords(t, t('indicators.notKnown')) },
          )}
          fileName={`indicator-results-${periodCode.toLowerCase()}`}
          iati={iati}
        />
      </CardHead>
      <p className="chart-description">
        {t('indicators.tableDescription')} {asOf && t('indicators.asOf', { date: format.date(asOf) })}
      </p>
      <ResultsTable grid={grid} caption={title} onOpen={onOpen} />
      <StatusLegend />
      <WithheldNote reasons={reasonsAmong(grid.rows.map((row) => row.withheld))} />
      <Sources sources={sources} />
    </section>
  );
}
