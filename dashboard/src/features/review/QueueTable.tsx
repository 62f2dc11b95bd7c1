import { useEffect, useRef } from 'react';
import { graphql } from '../../__generated__';
import type { ReviewQueue_RoundtableFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { Link } from '../../app/router';
import { roundtablePath } from '../../app/routes';
import { formatRange } from '../../data/ranges';
import { ScrollTable } from '../../ui/Tables';

// What the queue shows of each roundtable waiting for review: the queue's query spreads it.
export const REVIEW_QUEUE_ROUNDTABLE = graphql(`
  fragment ReviewQueue_roundtable on Roundtable {
    id
    version
    number
    date
    format
    region {
      slug
      name
    }
    attendance {
      total { min max }
      fromRecords
    }
  }
`);

export type QueuedRoundtable = ReviewQueue_RoundtableFragment;

/**
 * The roundtables waiting for review, one row each with a box to select it (and one in the
 * header for every row), and a link to the whole record on its region's page.
 */
export function QueueTable({
  roundtables,
  selected,
  onSelect,
}: {
  roundtables: readonly QueuedRoundtable[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], chosen: boolean) => void;
}) {
  const { t, format } = useEditingI18n();
  const all = useRef<HTMLInputElement>(null);
  const chosen = roundtables.filter((roundtable) => selected.has(roundtable.id)).length;
  const every = chosen > 0 && chosen === roundtables.length;
  // Some but not all: the header box says so, as "mixed" to a screen reader.
  useEffect(() => {
    if (all.current) all.current.indeterminate = chosen > 0 && !every;
  }, [chosen, every]);
  return (
    <ScrollTable caption={t('queue.caption')} className="data review-queue">
      <thead>
        <tr>
          <th scope="col" className="select-cell">
            <label>
              <input
                ref={all}
                type="checkbox"
                checked={every}
                onChange={() =>
                  onSelect(
                    roundtables.map((roundtable) => roundtable.id),
                    !every,
                  )
                }
              />
              <span className="sr-only">{t('queue.selectAll')}</span>
            </label>
          </th>
          <th scope="col">{t('column.region')}</th>
          <th scope="col" className="numeric">
            {t('column.number')}
          </th>
          <th scope="col">{t('column.date')}</th>
          <th scope="col">{t('region.format')}</th>
          <th scope="col" className="numeric">
            {t('region.attendance')}
          </th>
          <th scope="col">{t('queue.record')}</th>
        </tr>
      </thead>
      <tbody>
        {roundtables.map((roundtable) => {
          const name = t('queue.select', { number: roundtable.number, region: roundtable.region.name });
          return (
            <tr key={roundtable.id} className={selected.has(roundtable.id) ? 'selected' : undefined}>
              <td className="select-cell">
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(roundtable.id)}
                    onChange={(event) => onSelect([roundtable.id], event.target.checked)}
                  />
                  <span className="sr-only">{name}</span>
                </label>
              </td>
              <td>{roundtable.region.name}</td>
              <td className="numeric">{format.number(roundtable.number)}</td>
              <td>
                <time dateTime={roundtable.date}>{format.date(roundtable.date)}</time>
              </td>
              <td>{roundtable.format ? t(`format.${roundtable.format}`) : t('format.unknown')}</td>
              <td className="numeric">{formatRange(roundtable.attendance.total, format.number, t('figure.unknown'))}</td>
              <td>
                <Link to={roundtablePath(roundtable.region.slug, roundtable.id)}>
                  {t('queue.open')}
                  <span className="sr-only">
                    {' '}
                    {t('region.roundtable', { number: roundtable.number })}, {roundtable.region.name}
                  </span>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
