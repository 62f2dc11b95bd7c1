import type { ReportPeriodsQuery } from '../../__generated__/graphql';
import type { Filters } from '../../app/filters';
import { useReportI18n } from '../../app/i18n/report';
import type { ViewerRole } from '../../app/session/session';
import { describeFilters } from './filter-summary';
import { isAggregateOnly } from './report-scope';

type Period = ReportPeriodsQuery['reportingPeriods'][number];

interface Props {
  period: Period;
  dates: { from: string; to: string };
  filters: Filters;
  regionNames: ReadonlyMap<string, string>;
  role: ViewerRole;
  /** ISO instant the figures were fetched at. */
  producedAt: string;
}

/** Who made this copy, when, of what: a printed page must say so by itself. */
export function ReportTitle({ period, dates, filters, regionNames, role, producedAt }: Props) {
  const i18n = useReportI18n();
  const { t, format } = i18n;
  const narrowed = dates.from !== period.start || dates.to !== period.end;
  const span = (from: string, to: string) => t('report.dateSpan', { from: format.date(from), to: format.date(to) });
  const items: { term: string; detail: string; note?: string | null }[] = [
    { term: t('report.metaPeriod'), detail: `${period.label} · ${span(period.start, period.end)}`, note: period.note },
    ...(narrowed ? [{ term: t('report.metaDates'), detail: span(dates.from, dates.to) }] : []),
    { term: t('report.metaFilters'), detail: describeFilters(filters, regionNames, i18n) },
    // FUNDER and PUBLIC are given approved records only, whatever the filters say.
    {
      term: t('report.metaRecords'),
      detail: isAggregateOnly(role) || filters.approvedOnly ? t('records.approved') : t('records.all'),
    },
    { term: t('report.metaRole'), detail: t(`role.${role}`) },
    { term: t('report.metaProduced'), detail: format.dateTime(producedAt) },
  ];
  return (
    <header className="report-title">
      <p className="report-eyebrow">{t('app.name')}</p>
      <h1>{t('report.title', { period: period.label })}</h1>
      <dl className="report-meta">
        {items.map((item) => (
          <div key={item.term}>
            <dt>{item.term}</dt>
            <dd>
              {item.detail}
              {item.note && <span className="cell-note">{item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="report-privacy">
        {isAggregateOnly(role) ? t('report.withheldNote') : t('report.fullNote')} {t('report.honestNote')}
      </p>
    </header>
  );
}
