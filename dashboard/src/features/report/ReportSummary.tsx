import { useId } from 'react';
import type { ReportQuery } from '../../__generated__/graphql';
import { useReportI18n } from '../../app/i18n/report';
import { headlineWords, withheldTitle } from '../../app/i18n/withheld-words';
import { headline, headlineTexts } from '../../data/headline';

/** The report's opening figures: where roundtables were held, how many, and how much of them is known. */
export function ReportSummary({ data, regionsChosen }: { data: ReportQuery; regionsChosen: boolean }) {
  const { t, format, locale } = useReportI18n();
  const titleId = useId();
  // Participants come from the one figure over all regions (attendanceTotal), never added up from regions.
  const figures = headline({
    attendance: data.attendanceTotal,
    categories: data.categoryReach,
    challenges: data.challengeTotals,
  });
  const texts = headlineTexts(figures, format, headlineWords(t));
  const { coverage } = data;
  const { regionCount } = data.mostRoundtables;
  // The ranking by fewest roundtables names those that held none, when they are few enough to list.
  const withoutCount = regionCount - coverage.regionsWithRoundtables;
  const withoutRoundtables = data.fewestRoundtables.regions
    .filter((row) => row.roundtables === 0)
    .map((row) => row.region.name)
    .sort((a, b) => a.localeCompare(b, locale));
  const listed = withoutRoundtables.length === withoutCount;
  const items: { term: string; detail: string; note?: string; title?: string }[] = [
    {
      term: t('report.summaryRegions'),
      detail: t('report.ofTotal', {
        count: format.number(coverage.regionsWithRoundtables),
        total: format.number(regionCount),
      }),
    },
    {
      term: t('overview.roundtables'),
      detail: texts.roundtables,
      note:
        coverage.firstDate && coverage.lastDate
          ? t('report.dateSpan', { from: format.date(coverage.firstDate), to: format.date(coverage.lastDate) })
          : undefined,
    },
    {
      term: t('report.summaryParticipants'),
      detail: texts.participants,
      note:
        figures.roundtablesWithoutFigure > 0
          ? t('overview.participantsNote', { count: format.number(figures.roundtablesWithoutFigure) })
          : undefined,
      title: figures.participantsWithheld && withheldTitle(t, figures.participantsWithheld),
    },
    {
      term: t('report.summaryCoverage'),
      detail:
        coverage.roundtables === 0
          ? texts.roundtables
          : t('report.ofTotal', {
              count: format.number(coverage.roundtables - figures.roundtablesWithoutFigure),
              total: format.number(coverage.roundtables),
            }),
      note: coverage.roundtables === 0 ? undefined : t('report.summaryCoverageNote'),
    },
    { term: t('overview.categories'), detail: texts.categories },
    {
      term: t('overview.challenges'),
      detail: texts.challenges,
      note: figures.mentions > 0 ? t('overview.challengesNote', { count: format.number(figures.mentions) }) : undefined,
    },
    { term: t('report.sources'), detail: format.number(data.sources.length) },
  ];
  return (
    <section className="report-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('report.summary')}</h2>
      <dl className="report-figures">
        {items.map((item) => (
          <div key={item.term}>
            <dt>{item.term}</dt>
            <dd title={item.title}>
              <strong>{item.detail}</strong>
              {item.note && <span className="cell-note">{item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {withoutCount > 0 && (
        <p className="report-without">
          {/* Regions chosen in the filters are all in the table below, which says "No records" for them; others are left out of it. */}
          {listed
            ? t(regionsChosen ? 'report.regionsWithoutChosen' : 'report.regionsWithout', {
                list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(withoutRoundtables),
                noRecords: t('figure.noRecords'),
              })
            : t('report.regionsWithoutMany', { count: withoutCount })}
        </p>
      )}
    </section>
  );
}
