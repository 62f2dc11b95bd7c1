import { useI18n } from '../../app/i18n/i18n';
import type { Headline } from '../../data/headline';
import { participantsText } from './HeadlineCards';

interface Props {
  now: Headline;
  /** The figures of the period compared with, and what it is in words; absent when there is none to compare with. */
  before?: { figures: Headline; intro: string };
  /** Why there is no comparison, when there is none. */
  unavailable: string;
}

/** The chosen period against the one before it. */
export function Changes({ now, before, unavailable }: Props) {
  const { t, format } = useI18n();
  const participants = (figures: Headline) => participantsText(figures, t, format.number);
  return (
    <section className="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('overview.changes')}</h2>
      {before ? (
        <>
          <p className="chart-description">{before.intro}</p>
          <ul>
            <li>
              {t('overview.changeRow', {
                label: t('overview.roundtables'),
                now: format.number(now.roundtables),
                before: format.number(before.figures.roundtables),
              })}
            </li>
            <li>
              {t('overview.changeRow', {
                label: t('overview.participants'),
                now: participants(now),
                before: participants(before.figures),
              })}
            </li>
            <li>
              {t('overview.changeRow', {
                label: t('overview.categories'),
                now: format.number(now.categoriesReached),
                before: format.number(before.figures.categoriesReached),
              })}
            </li>
            <li>
              {t('overview.changeRow', {
                label: t('overview.challenges'),
                now: format.number(now.challengesRaised),
                before: format.number(before.figures.challengesRaised),
              })}
            </li>
          </ul>
        </>
      ) : (
        <p className="chart-description">{unavailable}</p>
      )}
    </section>
  );
}
