import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useI18n } from '../../app/i18n/i18n';
import { mayExportRoundtables } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { ChartCard } from '../../charts/ChartCard';
import { regionColor } from '../../charts/chart-theme';
import HeatMatrix from '../../charts/HeatMatrix';
import { Legend } from '../../charts/Legend';
import { AttendanceStackChart, GroupedCountChart } from '../../charts/lazy';
import { type AttendanceFigures, attendanceBars } from '../../data/attendance';
import { buildMatrix } from '../../data/matrix';
import { FilterBar } from '../filters/FilterBar';
import { attendanceLegend, attendanceTable } from '../shared/attendance-table';
import { RoundtablesCsvDownload } from '../shared/RoundtablesCsvDownload';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { Empty, ErrorState, IllustrativeBanner, Loading } from '../states/States';
import { categoryTable, challengeTable } from './compare-tables';

const COMPARE = graphql(`
  query Compare($filter: AnalyticsFilter, $locale: Locale!) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
    }
    attendanceMix(filter: $filter) {
      region {
        slug
        name
        country
      }
      roundtables
      roundtablesUnknownAttendance
      online { min max }
      onsite { min max }
      unknownMode { min max }
      total { min max }
      suppressed
    }
    stakeholderMix(filter: $filter) {
      region { slug }
      category {
        code
        label(locale: $locale)
        position
      }
      roundtables
      roundtablesUncounted
      participants { min max }
      suppressed
    }
    challengeFrequency(filter: $filter) {
      region { slug }
      challenge {
        code
        label(locale: $locale)
        position
      }
      mentions
      roundtables
    }
    sources(filter: $filter) {
      title
      url
      publisher
      illustrative
    }
  }
`);

// Beyond this many regions side by side, bars and columns stop being readable.
const MAX_REGIONS = 12;
// Grouped bars read well for a few regions; past that, a region × category grid does.
const MAX_GROUPED_BARS = 4;

export default function ComparePage() {
  const i18n = useI18n();
  const { t, locale, format } = i18n;
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const { data, error, loading, refetch } = useQuery(COMPARE, { variables: { filter, locale } });
  const mayExport = mayExportRoundtables(useSession()?.viewer);

  const mix = data?.attendanceMix ?? [];
  const chosen = filters.regions.length ? mix : [...mix].filter((row) => row.roundtables > 0).sort((a, b) => b.roundtables - a.roundtables);
  const shown = chosen.slice(0, MAX_REGIONS).sort((a, b) => a.region.name.localeCompare(b.region.name, locale));
  const shownSlugs = new Set(shown.map((row) => row.region.slug));
  const regionAxis = shown.map((row) => ({ key: row.region.slug, label: row.region.name }));
  const attendance: AttendanceFigures[] = shown.map((row) => ({ key: row.region.slug, label: row.region.name, ...row }));

  const categories = buildMatrix(
    regionAxis,
    (data?.stakeholderMix ?? []).map((row) => ({ key: row.category.code, label: row.category.label, position: row.category.position })),
    (data?.stakeholderMix ?? [])
      .filter((row) => shownSlugs.has(row.region.slug))
      .map((row) => ({
        region: row.region.slug,
        item: row.category.code,
        value: row.roundtables,
        participants: row.participants,
        participantsSuppressed: row.suppressed.includes('participants'),
        uncounted: row.roundtablesUncounted,
      })),
  );
  const challenges = buildMatrix(
    regionAxis,
    (data?.challengeFrequency ?? []).map((row) => ({
      key: row.challenge.code,
      label: row.challenge.label,
      position: row.challenge.position,
    })),
    (data?.challengeFrequency ?? [])
      .filter((row) => shownSlugs.has(row.region.slug))
      .map((row) => ({ region: row.region.slug, item: row.challenge.code, value: row.mentions })),
  );
  const bars = attendanceBars(attendance);
  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;
  const common = { sources: data?.sources ?? [], illustrative };

  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p className="page-intro">{t('compare.intro')}</p>
      {mayExport && (
        <div className="page-tools">
          <RoundtablesCsvDownload filter={filter} fileName="roundtables.csv" />
        </div>
      )}
      <FilterBar />
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          {chosen.length > MAX_REGIONS && (
            <p className="muted">{t('compare.limited', { shown: format.number(MAX_REGIONS), total: format.number(chosen.length) })}</p>
          )}
          {shown.length === 0 ? (
            <Empty />
          ) : (
            <>
              <ChartCard
                title={t('compare.attendance')}
                description={t('compare.attendanceDescription')}
                table={attendanceTable(attendance, i18n, 'region')}
                csvName="attendance-by-region"
                legend={<Legend title={t('chart.legend')} entries={attendanceLegend(t, bars)} />}
                {...common}
              >
                <AttendanceStackChart bars={bars} title={t('compare.attendance')} description={t('compare.attendanceDescription')} />
              </ChartCard>
              <ChartCard
                title={t('compare.categories')}
                description={t('compare.categoriesDescription')}
                table={categoryTable(
                  data.stakeholderMix.filter((row) => shownSlugs.has(row.region.slug)),
                  regionAxis,
                  i18n,
                )}
                csvName="stakeholder-categories-by-region"
                legend={
                  shown.length <= MAX_GROUPED_BARS ? (
                    <Legend
                      title={t('chart.legend')}
                      entries={regionAxis.map((region, index) => ({ label: region.label, swatch: '', color: regionColor(index) }))}
                    />
                  ) : undefined
                }
                {...common}
              >
                {categories.items.length === 0 ? (
                  <p className="muted">{t('compare.noData')}</p>
                ) : shown.length <= MAX_GROUPED_BARS ? (
                  <GroupedCountChart
                    matrix={categories}
                    seriesLabel={t('series.roundtables')}
                    title={t('compare.categories')}
                    description={t('compare.categoriesDescription')}
                  />
                ) : (
                  <HeatMatrix matrix={categories} caption={t('compare.categories')} rowHeader={t('column.region')} />
                )}
              </ChartCard>
              <ChartCard
                title={t('compare.challenges')}
                description={t('compare.challengesDescription')}
                table={challengeTable(
                  data.challengeFrequency.filter((row) => shownSlugs.has(row.region.slug)),
                  regionAxis,
                  i18n,
                )}
                csvName="challenges-by-region"
                {...common}
              >
                {challenges.items.length ? (
                  <HeatMatrix matrix={challenges} caption={t('compare.challenges')} rowHeader={t('column.region')} />
                ) : (
                  <p className="muted">{t('compare.noData')}</p>
                )}
              </ChartCard>
            </>
          )}
        </>
      )}
    </>
  );
}
