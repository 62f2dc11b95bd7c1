import { useI18n } from '../../app/i18n/i18n';
import type { Headline } from '../../data/headline';
import { type CountRange, formatRange } from '../../data/ranges';

interface Coverage {
  firstDate?: string | null;
  lastDate?: string | null;
}

export function HeadlineCards({ figures, coverage }: { figures: Headline; coverage: Coverage }) {
  const { t, format } = useI18n();
  const share = (range: CountRange | null) => {
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
      value: formatRange(figures.participants, format.number, t('figure.unknown')),
      note:
        figures.roundtablesWithoutFigure > 0
          ? t('overview.participantsNote', { count: format.number(figures.roundtablesWithoutFigure) })
          : undefined,
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
            <dd>
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
