import type { I18n } from '../../app/i18n/i18n';
import type { MaybeRange } from '../../data/ranges';
import { countText, isSuppressed, type WithSuppressed } from '../../data/suppression';
import { type Column, rangeColumns } from '../../data/table-model';

/**
 * The participants of a stakeholder category as min and max columns: "present, not
 * counted" where no count was published, "suppressed" where it is withheld.
 */
export function participantsColumns<Row extends WithSuppressed & { participants?: MaybeRange }>({
  t,
  format,
}: Pick<I18n, 't' | 'format'>): Column<Row>[] {
  return rangeColumns<Row>(
    'participants',
    t('column.participants'),
    (row) => row.participants,
    (row) =>
      countText(row.participants, isSuppressed(row, 'participants'), format.number, {
        unknown: t('chart.notCounted'),
        suppressed: t('figure.suppressed'),
      }),
    'participants',
  );
}
