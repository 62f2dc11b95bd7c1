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

/** Participants by mode, region beside region, as a chart and as a table. */
export function AttendanceByRegion({
  attendance,
  sources,
  illustrative,
}: {
  attendance: AttendanceFigures[];
  sources: SourceLink[];
  illustrative: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const bars = attendanceBars(attendance);
  return (
    <ChartCard
      title={t('compare.attendance')}
      description={t('compare.attendanceDescription')}
      table={attendanceTable(attendance, i18n, 'region')}
      csvName="attendance-by-region"
      legend={<Legend title={t('chart.legend')} entries={attendanceLegend(t, bars)} />}
      sources={sources}
      illustrative={illustrative}
    >
      <AttendanceStackChart bars={bars} title={t('compare.attendance')} description={t('compare.attendanceDescription')} />
    </ChartCard>
  );
}
