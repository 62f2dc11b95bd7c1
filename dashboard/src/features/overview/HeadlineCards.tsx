import { type I18n, useI18n } from '../../app/i18n/i18n';
import { withheldTitle } from '../../app/i18n/withheld-words';
import { WithheldNote } from '../../charts/WithheldNote';
import type { Headline } from '../../data/headline';
import { type CountRange, formatRange } from '../../data/ranges';
import { reasonsAmong, type Withholding } from '../../data/withholding';

interface Coverage {
  firstDate?: string | null;
  lastDate?: string | null;
}

/** The participants figure as the API gives it for all regions together, or why it is withheld. */
export function participantsText(figures: Headline, t: I18n['t'], formatNumber: (n: number) => string): string {
  if (figures.participantsWithheld) return t(`withheld.${figures.participantsWithheld}`);
  return formatRange(figures.participants, formatNumber, t('figure.unknown'));
}

/** The reasons any headline figure is withheld, for the note under them. */
export const headlineReasons = (figures: Headline): Withholding[] =>
  reasonsAmong([figures.participantsWithheld, figures.onlineShareWithheld, figures.onsiteShareWithheld]);

export function HeadlineCards({ figures, coverage }: { figures: Headline; coverage: Coverage }) {
  const { t, format } = useI18n();
  const share = (range: CountRange | null, withheld: Withholding | undefined) => {
    if (withheld) return t(`withheld.${withheld}`);
    if (!range) return t('figure.unknown');
    const low = format.percent(range.min);
    const high = format.percent(range.max);
    return low === high ? low : `${low}–${high}`;
  };
  const cards: { label: string; value: string; withheld?: Withholding; note?: string }[] = [
    {
      label: t('overview.regions'),
      value: format.number(figures.regions),
      note: t('overview.regionsNote', { count: format.number(figures.regionsWithRoundtables) }),
    },
    { label: t('overview.roundtables'), value: format.number(figures.roundtables) },
    {
      label: t('overview.participants'),
      value: participantsText(figures, t, format.number),
      withheld: figures.participantsWithheld,
      note:
        figures.roundtablesWithoutFigure > 0
          ? t('overview.participantsNote', { count: format.number(figures.roundtablesWithoutFigure) })
          : undefined,
    },
    {
      label: t('overview.online'),
      value: share(figures.onlineShare, figures.onlineShareWithheld),
      withheld: figures.onlineShareWithheld,
      note: t('overview.modeNote'),
    },
    {
      label: t('overview.onsite'),
      value: share(figures.onsiteShare, figures.onsiteShareWithheld),
      withheld: figures.onsiteShareWithheld,
      note: t('overview.modeNote'),
    },
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
            <dd className={card.withheld ? 'in-words' : undefined} title={card.withheld ? withheldTitle(t, card.withheld) : undefined}>
              {card.value}
              {card.note && <span className="note">{card.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <WithheldNote reasons={headlineReasons(figures)} />
      {coverage.firstDate && coverage.lastDate && (
        <p className="muted">{t('overview.period', { from: format.date(coverage.firstDate), to: format.date(coverage.lastDate) })}</p>
      )}
    </>
  );
}
