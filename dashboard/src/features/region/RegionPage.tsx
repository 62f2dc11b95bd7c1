import './region.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { useFlash } from '../../app/flash';
import { useEditingI18n } from '../../app/i18n/editing';
import { countWords } from '../../app/i18n/withheld-words';
import { usePageTitle } from '../../app/page-title';
import { mayEditRegion, mayExportRoundtables, mayReadHistory } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { ChartCard } from '../../charts/ChartCard';
import { Legend } from '../../charts/Legend';
import { AttendanceStackChart, CountBarChart, usePreloadedCharts } from '../../charts/lazy';
import { type AttendanceFigures, attendanceBars } from '../../data/attendance';
import { countText, withheldReason } from '../../data/withholding';
import { ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { StatusMessage } from '../../ui/StatusMessage';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { NotFound } from '../not-found/NotFound';
import { RegionDrafts } from '../offline/RegionDrafts';
import { attendanceLegend, attendanceTable } from '../shared/attendance-table';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { countTable } from './count-table';
import { DeletedRoundtables } from './DeletedRoundtables';
import { RegionFacts } from './RegionFacts';
import { RegionTools } from './RegionTools';
import { RoundtableList } from './RoundtableList';
import { REGION, REGION_DETAIL } from './region-queries';

export default function RegionPage({ slug }: { slug: string }) {
  usePreloadedCharts(AttendanceStackChart, CountBarChart);
  const i18n = useEditingI18n();
  const { t, locale, format } = i18n;
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const viewer = useSession()?.viewer;
  const flashed = useFlash();
  const [status, setStatus] = useState(flashed);
  const header = useQuery(REGION, { variables: { slug }, context: KEEP_OFFLINE });
  const region = header.data?.region;
  const regionFilter = { ...filter, countries: undefined, regions: [slug] };
  const detail = useQuery(REGION_DETAIL, { variables: { filter: regionFilter, locale }, skip: !region, context: KEEP_OFFLINE });
  useScrollToRoundtable(Boolean(detail.data));
  const missing = Boolean(header.data) && !region;
  usePageTitle(missing ? null : t('title.region'), region?.name);

  if (header.error) return <ErrorState error={header.error} retry={() => void header.refetch()} />;
  if (header.loading && !header.data) return <Loading />;
  if (!region) return <NotFound missing={{ kind: 'region', slug }} />;
  const data = detail.data;
  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;
  const timeline: AttendanceFigures[] = (data?.roundtables ?? []).map((rt) => ({
    key: rt.id,
    label: `${t('region.roundtable', { number: rt.number })} · ${format.date(rt.date)}`,
    ...rt.attendance,
    roundtables: 1,
    roundtablesUnknownAttendance: rt.attendance.total || withheldReason(rt.attendance, 'total') ? 0 : 1,
    roundtable: { number: rt.number, date: rt.date },
  }));
  const categoryBars = [...(data?.stakeholderMix ?? [])]
    .sort((a, b) => a.category.position - b.category.position)
    .map((row) => ({
      key: row.category.code,
      label: row.category.label,
      value: row.roundtables,
      note: `${t('column.participants')}: ${countText(
        row.participants,
        withheldReason(row, 'participants'),
        format.number,
        countWords(t, t('chart.notCounted')),
      )}`,
      participants: row.participants,
      withheld: row.withheld,
    }));
  const challengeBars = [...(data?.challengeFrequency ?? [])]
    .sort((a, b) => a.challenge.position - b.challenge.position)
    .map((row) => ({ key: row.challenge.code, label: row.challenge.label, value: row.mentions }));
  const timelineBars = attendanceBars(timeline);
  const common = { sources: data?.sources ?? [], illustrative };

  return (
    <>
      <h1>
        {region.name} {region.illustrative && <span className="tag">{t('illustrative.tag')}</span>}
      </h1>
      <RegionFacts region={region} />
      <StatusMessage message={status} />
      <RegionTools
        slug={region.slug}
        mayRecord={mayEditRegion(viewer, region.slug)}
        csvFilter={mayExportRoundtables(viewer) ? regionFilter : undefined}
      />
      {mayEditRegion(viewer, region.slug) && <RegionDrafts slug={region.slug} regionName={region.name} />}
      <FilterBar showRegions={false} />
      <RecordsScope filter={regionFilter} />
      {detail.error && <ErrorState error={detail.error} retry={() => void detail.refetch()} />}
      {detail.loading && !data && <Loading />}
      {data && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          {data.roundtables.length === 0 ? (
            <p className="state">{t('region.noRoundtables', { noRecords: t('figure.noRecords') })}</p>
          ) : (
            <>
              <ChartCard
                title={t('region.timeline')}
                description={t('region.timelineDescription')}
                table={attendanceTable(timeline, i18n, 'roundtable')}
                csvName={`${region.slug}-attendance-by-roundtable`}
                legend={<Legend title={t('chart.legend')} entries={attendanceLegend(t, timelineBars)} />}
                {...common}
              >
                <AttendanceStackChart bars={timelineBars} title={t('region.timeline')} description={t('region.timelineDescription')} />
              </ChartCard>
              <div className="grid-2">
                <ChartCard
                  title={t('region.regionCategories')}
                  description={t('region.regionCategoriesDescription')}
                  table={{
                    ...countTable(categoryBars, t('column.category'), t('column.roundtables'), i18n),
                    empty: t('figure.noCategory'),
                  }}
                  csvName={`${region.slug}-stakeholder-categories`}
                  {...common}
                >
                  {categoryBars.length ? (
                    <CountBarChart
                      bars={categoryBars}
                      seriesLabel={t('series.roundtables')}
                      title={t('region.regionCategories')}
                      description={t('region.regionCategoriesDescription')}
                    />
                  ) : (
                    <p className="muted">{t('figure.noCategory')}</p>
                  )}
                </ChartCard>
                <ChartCard
                  title={t('region.regionChallenges')}
                  description={t('region.regionChallengesDescription')}
                  table={{
                    ...countTable(challengeBars, t('column.challenge'), t('column.mentions'), i18n),
                    empty: t('figure.noChallenge'),
                  }}
                  csvName={`${region.slug}-challenges`}
                  {...common}
                >
                  {challengeBars.length ? (
                    <CountBarChart
                      bars={challengeBars}
                      seriesLabel={t('series.mentions')}
                      title={t('region.regionChallenges')}
                      description={t('region.regionChallengesDescription')}
                    />
                  ) : (
                    <p className="muted">{t('figure.noChallenge')}</p>
                  )}
                </ChartCard>
              </div>
              <RoundtableList
                roundtables={data.roundtables}
                closures={data.closedPeriods}
                regionSlug={region.slug}
                regionName={region.name}
                showHistory={mayReadHistory(viewer)}
                onDeleted={(number) => setStatus(t('delete.done', { number }))}
                onReviewed={setStatus}
              />
            </>
          )}
        </>
      )}
      {mayEditRegion(viewer, region.slug) && (
        <DeletedRoundtables slug={region.slug} onRestored={(number) => setStatus(t('deleted.done', { number }))} />
      )}
    </>
  );
}

/**
 * A link to one roundtable (`/regions/soria#roundtable-<id>`, from the review queue) shows it once
 * the list has loaded: scrolled to, and focused, so reading goes on from there.
 */
function useScrollToRoundtable(loaded: boolean) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (!loaded || !hash || done.current === hash) return;
    const item = document.getElementById(hash);
    if (!item) return;
    done.current = hash;
    item.scrollIntoView({ block: 'start' });
    item.focus({ preventScroll: true });
  });
}
