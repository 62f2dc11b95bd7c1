import { graphql } from '../../__generated__';
import { useI18n } from '../../app/i18n/i18n';
import { ChartCard } from '../../charts/ChartCard';
import { Legend } from '../../charts/Legend';
import { AttendanceStackChart } from '../../charts/lazy';
import type { SourceLink } from '../../charts/Sources';
import { type AttendanceFigures, attendanceBars } from '../../data/attendance';
import { attendanceLegend, attendanceTable } from './attendance-table';

// What the chart draws of each region's row: the overview's and the comparison's queries spread it.
export const ATTENDANCE_BY_REGION_ROW = graphql(`
  fragment AttendanceByRegion_row on AttendanceMixRow {
    roundtables
    roundtablesUnknownAttendance
    online { min max }
    onsite { min max }
    unknownMode { min max }
    total { min max }
    withheld { field reason }
  }
`);

// The regions beyond a ranking's limit, summed by the server: drawn as one more bar.
export const ATTENDANCE_BY_REGION_OTHERS = graphql(`
  fragment AttendanceByRegion_others on AttendanceOthers {
    regionCount
    roundtables
    roundtablesUnknownAttendance
    online { min max }
    onsite { min max }
    unknownMode { min max }
    total { min max }
    withheld { field reason }
  }
`);

type OthersFigures = Omit<AttendanceFigures, 'key' | 'label'> & { regionCount: number };

/**
 * A ranking's regions as bars, then every other region as one bar, "All others (n)", when
 * any of them held a roundtable; and what to say of it under the chart.
 */
export function rankedAttendance(
  regions: readonly (Omit<AttendanceFigures, 'key' | 'label'> & { region: { slug: string; name: string } })[],
  others: OthersFigures,
  regionCount: number,
  { t }: Pick<ReturnType<typeof useI18n>, 't'>,
): { attendance: AttendanceFigures[]; note?: string } {
  const shown = regions.filter((row) => row.roundtables > 0).map((row) => ({ key: row.region.slug, label: row.region.name, ...row }));
  if (others.regionCount === 0 || others.roundtables === 0) return { attendance: shown };
  const { regionCount: count, ...figures } = others;
  return {
    attendance: [...shown, { key: OTHERS_KEY, label: t('chart.othersLabel', { count }), ...figures }],
    note: t('chart.topRegions', { shown: regions.length, total: regionCount, others: count }),
  };
}

/** The key of the "All others" bar: no region's slug has a space. */
export const OTHERS_KEY = 'all others';

/** Participants by mode, region beside region, as a chart and as a table. */
export function AttendanceByRegion({
  attendance,
  sources,
  sourcesNotShown,
  illustrative,
  note,
}: {
  attendance: AttendanceFigures[];
  sources: SourceLink[];
  sourcesNotShown?: number;
  illustrative: boolean;
  /** What the chart leaves out or sums, said under its title. */
  note?: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const bars = attendanceBars(attendance);
  return (
    <ChartCard
      title={t('compare.attendance')}
      description={note ? `${t('compare.attendanceDescription')} ${note}` : t('compare.attendanceDescription')}
      table={attendanceTable(attendance, i18n, 'region')}
      csvName="attendance-by-region"
      legend={<Legend title={t('chart.legend')} entries={attendanceLegend(t, bars)} />}
      sources={sources}
      sourcesNotShown={sourcesNotShown}
      illustrative={illustrative}
    >
      <AttendanceStackChart bars={bars} title={t('compare.attendance')} description={t('compare.attendanceDescription')} />
    </ChartCard>
  );
}
