import type { ReactNode } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { resultWords } from '../../app/i18n/withheld-words';
import { ChartCard } from '../../charts/ChartCard';
import { Legend } from '../../charts/Legend';
import { IndicatorTrendChart } from '../../charts/lazy';
import type { SourceLink } from '../../charts/Sources';
import type { IndicatorInfo } from './indicator-types';
import type { Trend } from './trend-series';
import { trendBars, trendTable } from './trend-table';

/** One indicator over the years against its targets, in the frame every chart has. */
export function IndicatorTrendCard({
  indicator,
  trend,
  scopeName,
  scopeKey,
  sources,
  illustrative,
  footer,
}: {
  indicator: IndicatorInfo;
  trend: Trend;
  scopeName: string;
  scopeKey: string;
  sources: SourceLink[];
  illustrative: boolean;
  footer: ReactNode;
}) {
  const { t, format } = useIndicatorsI18n();
  const words = {
    ...resultWords(t, t('indicators.notKnown')),
    withoutFigure: (unknown: number, count: number) =>
      t('indicators.trend.withoutFigure', { unknown: format.number(unknown), count: format.number(count) }),
  };
  const title = `${t('indicators.chartTitle', { indicator: indicator.label })} · ${scopeName}`;
  const description = [
    indicator.description,
    t(trend.cumulative ? 'indicators.chartCumulative' : 'indicators.chartPerPeriod'),
    t('indicators.chartHonesty'),
  ].join(' ');
  const labels = {
    period: t('indicators.column.period'),
    value: t('indicators.column.value'),
    target: t(trend.cumulative ? 'indicators.series.yearTargetsToDate' : 'indicators.series.yearTarget'),
    projectTarget: t('indicators.column.projectTarget'),
    unknownRecords: t('indicators.column.unknownRecords'),
    withheld: t('withheld.column'),
    notes: t('figure.notesColumn'),
    unknownPart: t('indicators.series.unknownPart'),
  };
  const bars = trendBars(trend, indicator, format, words);
  const legend = [
    { label: t('indicators.series.value'), swatch: 'indicator-value' },
    ...(bars.some((bar) => (bar.range ?? 0) > 0) ? [{ label: t('series.range'), swatch: 'range' }] : []),
    ...(bars.some((bar) => (bar.unknownPart ?? 0) > 0) ? [{ label: labels.unknownPart, swatch: 'unknown-part' }] : []),
    ...(trend.projectTarget !== null ? [{ label: t('indicators.series.projectTarget'), swatch: 'target-line' }] : []),
    ...(bars.some((bar) => bar.target !== null) ? [{ label: labels.target, swatch: 'year-target' }] : []),
  ];
  return (
    <ChartCard
      title={title}
      description={description}
      table={trendTable(trend, indicator, format, labels, words)}
      csvName={`${indicator.code.toLowerCase().replace(/_/g, '-')}-by-year-${scopeKey === '*' ? 'all-regions' : scopeKey}`}
      legend={<Legend title={t('chart.legend')} entries={legend} />}
      sources={sources}
      illustrative={illustrative}
      footer={footer}
    >
      <IndicatorTrendChart
        bars={bars}
        unit={indicator.unit}
        projectTarget={trend.projectTarget}
        labels={labels}
        title={title}
        description={description}
      />
    </ChartCard>
  );
}
