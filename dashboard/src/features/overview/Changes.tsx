import type { ErrorLike } from '@apollo/client';
import { useI18n } from '../../app/i18n/i18n';
import { headlineWords } from '../../app/i18n/withheld-words';
import { type Headline, type HeadlineTexts, headlineTexts } from '../../data/headline';
import { ErrorState, Loading } from '../../ui/States';

interface Props {
  now: Headline;
  /** The figures of the period compared with, and what it is in words; absent when there is none to compare with. */
  before?: { figures: Headline; intro: string };
  /** Why there is no comparison, when there is none. */
  unavailable: string;
  /** The period compared with, or its figures, are still on their way. */
  pending: boolean;
  /** Asking for the figures compared with failed, and how to ask again. */
  error?: ErrorLike;
  retry: () => void;
}

/** The chosen period against the one before it. */
export function Changes({ now, before, unavailable, pending, error, retry }: Props) {
  const { t, format } = useI18n();
  const words = headlineWords(t);
  const texts = (figures: Headline) => headlineTexts(figures, format, words);
  const rows: [label: string, figure: keyof HeadlineTexts][] = [
    [t('overview.roundtables'), 'roundtables'],
    [t('overview.participants'), 'participants'],
    [t('overview.categories'), 'categories'],
    [t('overview.challenges'), 'challenges'],
  ];
  return (
    <section className="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('overview.changes')}</h2>
      {before ? (
        <>
          <p className="chart-description">{before.intro}</p>
          <ul>
            {rows.map(([label, figure]) => (
              <li key={figure}>{t('overview.changeRow', { label, now: texts(now)[figure], before: texts(before.figures)[figure] })}</li>
            ))}
          </ul>
        </>
      ) : error ? (
        <ErrorState error={error} retry={retry} />
      ) : pending ? (
        <Loading />
      ) : (
        <p className="chart-description">{unavailable}</p>
      )}
    </section>
  );
}
