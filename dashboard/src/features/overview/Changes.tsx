import { useI18n } from '../../app/i18n/i18n';
import type { Headline } from '../../data/headline';
import { participantsText } from './HeadlineCards';

interface Props {
  now: Headline;
  before?: Headline;
  period?: { days: number };
  from?: string;
}

/** The chosen period against the one of the same length just before it. */
export function Changes({ now, before, period, from }: Props) {
  const { t, format } = useI18n();
  const participants = (figures: Headline) => participantsText(figures, t, format.number);
  return (
    <section className="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('overview.changes')}</h2>
      {before && period && from ? (
        <>
          <p className="chart-description">{t('overview.changesIntro', { days: format.number(period.days), from: format.date(from) })}</p>
          <ul>
            <li>
              {t('overview.changeRow', {
                label: t('overview.roundtables'),
                now: format.number(now.roundtables),
                before: format.number(before.roundtables),
              })}
            </li>
            <li>{t('overview.changeRow', { label: t('overview.participants'), now: participants(now), before: participants(before) })}</li>
            <li>
              {t('overview.changeRow', {
                label: t('overview.categories'),
                now: format.number(now.categoriesReached),
                before: format.number(before.categoriesReached),
              })}
            </li>
            <li>
              {t('overview.changeRow', {
                label: t('overview.challenges'),
                now: format.number(now.challengesRaised),
                before: format.number(before.challengesRaised),
              })}
            </li>
          </ul>
        </>
      ) : (
        <p className="chart-description">{t('overview.changesNoPeriod')}</p>
      )}
    </section>
  );
}
