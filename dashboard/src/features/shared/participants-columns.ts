import type { I18n } from '../../app/i18n/i18n';
import { countWords } from '../../app/i18n/withheld-words';
import type { MaybeRange } from '../../data/ranges';
import { type Column, rangeColumns } from '../../data/table-model';
import { countText, type WithWithheld, withheldReason } from '../../data/withholding';

/**
 * The participants of a stakeholder category as min and max columns: "present, not
 * counted" where no count was published, and why where it is withheld.
 */
export function participantsColumns<Row extends WithWithheld & { participants?: MaybeRange }>({
  t,
  format,
}: Pick<I18n, 't' | 'format'>): Column<Row>[] {
  const words = countWords(t, t('chart.notCounted'));
  const withheld = (row: Row) => withheldReason(row, 'participants');
  return rangeColumns<Row>(
    'participants',
    t('column.participants'),
    (row) => row.participants,
    (row) => countText(row.participants, withheld(row), format.number, words),
    withheld,
  );
}
