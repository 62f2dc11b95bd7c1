import { graphql } from '../../__generated__';
import type { OutlierFlag_FlagFragment, OutlierMeasure } from '../../__generated__/graphql';
import { type EditingI18n, useEditingI18n } from '../../app/i18n/editing';

// What the flag says of a figure far from its usual: the roundtable list's fragment spreads it.
export const OUTLIER_FLAG_FLAG = graphql(`
  fragment OutlierFlag_flag on OutlierFlag {
    measure
    regionScore
    projectScore
    status
    markedBy
  }
`);

type Flag = OutlierFlag_FlagFragment;

/** A score as people read it: one decimal, or "unknown" when there was too little to compare with. */
const scoreText = (score: number | null, { t, format }: Pick<EditingI18n, 't' | 'format'>) =>
  score === null ? t('outlier.scoreUnknown') : format.number(Math.round(score * 10) / 10);

/** The sentence a flag stands for: which figure, both scores, and where it stands in review. */
export function flagLabel(flag: Flag, i18n: Pick<EditingI18n, 't' | 'format'>): string {
  const { t } = i18n;
  return t('outlier.flag', {
    measure: t(`outlier.measure.${flag.measure}`),
    regionScore: scoreText(flag.regionScore, i18n),
    projectScore: scoreText(flag.projectScore, i18n),
    status: t(`outlier.status.${flag.status}`, { who: flag.markedBy ?? '' }),
  });
}

/**
 * A small flag beside a figure far from its usual. The API sends flags only to the roles that see
 * every record (a coordinator for its own regions), so for the others there is nothing to show.
 */
export function OutlierFlag({ flags, measure }: { flags: readonly Flag[]; measure: OutlierMeasure }) {
  const i18n = useEditingI18n();
  const flag = flags.find((each) => each.measure === measure);
  if (!flag) return null;
  const label = flagLabel(flag, i18n);
  return (
    <>
      {' '}
      <span className={`outlier-flag outlier-${flag.status.toLowerCase()}`} role="img" aria-label={label} title={label}>
        ⚑
      </span>
    </>
  );
}
