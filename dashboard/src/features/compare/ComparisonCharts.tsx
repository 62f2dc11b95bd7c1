import { graphql } from '../../__generated__';
import type { ComparisonCharts_QueryFragment } from '../../__generated__/graphql';
import { useCompareI18n } from '../../app/i18n/compare';
import { ChartCard } from '../../charts/ChartCard';
import { regionColor } from '../../charts/chart-theme';
import HeatMatrix from '../../charts/HeatMatrix';
import { Legend } from '../../charts/Legend';
import { GroupedCountChart } from '../../charts/lazy';
import { Empty } from '../../ui/States';
import { AttendanceByRegion } from '../shared/AttendanceByRegion';
import { categoryTable, challengeTable } from './compare-tables';
import { MAX_GROUPED_BARS, MAX_REGIONS, shapeComparison } from './comparison-data';

/**
 * What the comparison draws, as a fragment on Query so that every page showing it (compare,
 * report) asks for exactly the same fields with its own `$filter` and `$locale`.
 */
export const COMPARISON_CHARTS_QUERY = graphql(`
  fragment ComparisonCharts_query on Query {
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
      ...AttendanceByRegion_row
    }
    stakeholderMix(filter: $filter) {
      region { slug }
      ...StakeholderFigures
    }
    challengeFrequency(filter: $filter) {
      region { slug }
      ...ChallengeFigures
    }
    sources(filter: $filter) {
      ...Sources_source
    }
  }
`);

// A category's and a challenge's figures in one scope, as the comparison reads them; the region
// page spreads them too, for its own charts of one region.
export const STAKEHOLDER_FIGURES = graphql(`
  fragment StakeholderFigures on StakeholderMixRow {
    category {
      code
      label(locale: $locale)
      position
    }
    roundtables
    roundtablesUncounted
    participants { min max }
    withheld { field reason }
  }
`);

export const CHALLENGE_FIGURES = graphql(`
  fragment ChallengeFigures on ChallengeFrequencyRow {
    challenge {
      code
      label(locale: $locale)
      position
    }
    mentions
    roundtables
  }
`);

interface Props {
  data: ComparisonCharts_QueryFragment;
  /** Regions were chosen in the filters: compare exactly those. */
  regionsChosen: boolean;
  /**
   * Cite the sources under each chart. A page that lists the sources once for all its
   * charts (the printed report) turns this off rather than repeat them three times.
   */
  sourcesPerChart?: boolean;
  /** How many regions could have been compared, when `data` was asked for the shown ones only. */
  comparable?: number;
}

/** Attendance by mode, stakeholder categories and challenges, region beside region. */
export function ComparisonCharts({ data, regionsChosen, sourcesPerChart = true, comparable }: Props) {
  const i18n = useCompareI18n();
  const { t, locale, format } = i18n;
  const { chosenCount, regionAxis, attendance, categories, challenges, categoryRows, challengeRows, illustrative } = shapeComparison(
    data,
    regionsChosen,
    locale,
  );
  const common = { sources: sourcesPerChart ? data.sources : [], illustrative };
  const total = Math.max(comparable ?? 0, chosenCount);
  const categoryEmpty = { noRecords: t('figure.noRecords'), noneRecorded: t('figure.noCategory') };

  return (
    <>
      {total > MAX_REGIONS && (
        <p className="muted">{t('compare.limited', { shown: format.number(MAX_REGIONS), total: format.number(total) })}</p>
      )}
      {regionAxis.length === 0 ? (
        <Empty />
      ) : (
        <>
          <AttendanceByRegion attendance={attendance} {...common} />
          <ChartCard
            title={t('compare.categories')}
            description={t('compare.categoriesDescription')}
            table={categoryTable(categoryRows, categories, i18n)}
            csvName="stakeholder-categories-by-region"
            legend={
              categories.items.length > 0 && regionAxis.length <= MAX_GROUPED_BARS ? (
                <Legend
                  title={t('chart.legend')}
                  entries={regionAxis.map((region, index) => ({
                    label: categories.emptyRows.has(region.key)
                      ? `${region.label} (${categoryEmpty[categories.emptyRows.get(region.key) ?? 'noRecords']})`
                      : region.label,
                    swatch: '',
                    color: regionColor(index),
                  }))}
                />
              ) : undefined
            }
            {...common}
          >
            {categories.items.length > 0 && regionAxis.length <= MAX_GROUPED_BARS ? (
              <GroupedCountChart
                matrix={categories}
                seriesLabel={t('series.roundtables')}
                title={t('compare.categories')}
                description={t('compare.categoriesDescription')}
              />
            ) : (
              <HeatMatrix
                matrix={categories}
                caption={t('compare.categories')}
                rowHeader={t('column.region')}
                itemHeader={t('column.category')}
                emptyRows={categoryEmpty}
              />
            )}
          </ChartCard>
          <ChartCard
            title={t('compare.challenges')}
            description={t('compare.challengesDescription')}
            table={challengeTable(challengeRows, challenges, i18n)}
            csvName="challenges-by-region"
            {...common}
          >
            <HeatMatrix
              matrix={challenges}
              caption={t('compare.challenges')}
              rowHeader={t('column.region')}
              itemHeader={t('column.challenge')}
              emptyRows={{ noRecords: t('figure.noRecords'), noneRecorded: t('figure.noChallenge') }}
            />
          </ChartCard>
        </>
      )}
    </>
  );
}
