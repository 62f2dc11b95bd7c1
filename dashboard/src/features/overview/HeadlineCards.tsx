import { type I18n, useI18n } from '../../app/i18n/i18n';
import type { Headline } from '../../data/headline';
import { type CountRange, formatRange } from '../../data/ranges';

interface Coverage {
  firstDate?: string | null;
  lastDate?: string | null;
}

/** The participants figure: the sum shown, or suppressed when every total in it was withheld. */
export function participantsText(figures: Headline, t: I18n['t'], formatNumber: (n: number) => string): string {
  if (!figures.participants && figures.participantsSuppressed > 0) return t('figure.suppressed');
  return formatRange(figures.participants, formatNumber, t('figure.unknown'));
}

export function HeadlineCards({ figures, coverage }: { figures: Headline; coverage: Coverage }) {
  const { t, format } = useI18n();
  const share = (range: CountRange | null) => {
    if (figures.modeSuppressed) return t('figure.suppressed');
    if (!range) return t('figure.unknown');
    const low = format.percent(range.min);
    const high = format.percent(range.max);
    return low === high ? low : `${low}–${high}`;
  };
  const cards: { label: string; value: string; note?: string }[] = [
    {
      label: t('overview.regions'),
      value: format.number(figures.regions),
      note: t('overview.regionsNote', { count: format.number(figures.regionsWithRoundtables) }),
    },
    { label: t('overview.roundtables'), value: format.number(figures.roundtables) },
    {
      label: t('overview.participants'),
      value: participantsText(figures, t, format.number),
      note:
        [
          figures.roundtablesWithoutFigure > 0
            ? t('overview.participantsNote', { count: format.number(figures.roundtablesWithoutFigure) })
            : '',
          figures.participantsSuppressed > 0 && figures.participants
            ? t('overview.participantsSuppressedNote', { count: format.number(figures.participantsSuppressed) })
            : '',
        ]
          .filter(Boolean)
          .join('; ') || undefined,
    },
    { label: t('overview.online'), value: share(figures.onlineShare), note: t('overview.modeNote') },
    { label: t('overview.onsite'), value: share(figures.onsiteShare), note: t('overview.modeNote') },
    { label: t('overview.categories'), value: format.number(figures.categoriesReached) },
    {
      label: t('overview.challenges'),
      value: format.number(figures.challengesRaised),
      note: t('overview.challengesNote', { count: format.number(figures.mentions) }),
    },
  ];
  return (
    <>
      <dl className="cards">
        {cards.map((card) => (
          <div key={card.label}>
            <dt>{card.label}</dt>
            {/* A sentence in place of a figure takes a size that fits the card. */}
            <dd className={card.value === t('figure.suppressed') ? 'in-words' : undefined}>
              {card.value}
              {card.note && <span className="note">{card.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {coverage.firstDate && coverage.lastDate && (
        <p className="muted">{t('overview.period', { from: format.date(coverage.firstDate), to: format.date(coverage.lastDate) })}</p>
      )}
    </>
  );
}
