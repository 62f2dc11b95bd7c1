import { useI18n } from '../../app/i18n/i18n';
import { headlineWords, withheldTitle } from '../../app/i18n/withheld-words';
import { WithheldNote } from '../../charts/WithheldNote';
import { type Headline, headlineTexts } from '../../data/headline';
import { reasonsAmong, type Withholding } from '../../data/withholding';

interface Coverage {
  regionsWithRoundtables: number;
  firstDate?: string | null;
  lastDate?: string | null;
}

/** The reasons any headline figure is withheld, for the note under them. */
export const headlineReasons = (figures: Headline): Withholding[] =>
  reasonsAmong([figures.participantsWithheld, figures.onlineShareWithheld, figures.onsiteShareWithheld]);

/** `regions`: how many regions are in scope, whether or not they held roundtables. */
export function HeadlineCards({ figures, coverage, regions }: { figures: Headline; coverage: Coverage; regions: number }) {
  const { t, format } = useI18n();
  const texts = headlineTexts(figures, format, headlineWords(t));
  const cards: { label: string; value: string; withheld?: Withholding; note?: string }[] = [
    {
      label: t('overview.regions'),
      value: format.number(regions),
      note: t('overview.regionsNote', { count: format.number(coverage.regionsWithRoundtables) }),
    },
    { label: t('overview.roundtables'), value: texts.roundtables },
    {
      label: t('overview.participants'),
      value: texts.participants,
      withheld: figures.participantsWithheld,
      note:
        figures.roundtablesWithoutFigure > 0
          ? t('overview.participantsNote', { count: format.number(figures.roundtablesWithoutFigure) })
          : undefined,
    },
    {
      label: t('overview.online'),
      value: texts.onlineShare,
      withheld: figures.onlineShareWithheld,
      note: t('overview.modeNote'),
    },
    {
      label: t('overview.onsite'),
      value: texts.onsiteShare,
      withheld: figures.onsiteShareWithheld,
      note: t('overview.modeNote'),
    },
    { label: t('overview.categories'), value: texts.categories },
    {
      label: t('overview.challenges'),
      value: texts.challenges,
      note: figures.mentions > 0 ? t('overview.challengesNote', { count: format.number(figures.mentions) }) : undefined,
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
