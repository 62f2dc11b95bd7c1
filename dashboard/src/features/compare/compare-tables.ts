import type { I18n } from '../../app/i18n/i18n';
import { withheldLabels } from '../../app/i18n/withheld-words';
import type { MatrixAxis } from '../../data/matrix';
import type { MaybeRange } from '../../data/ranges';
import { type TableModel, withWithheldColumn } from '../../data/table-model';
import type { WithWithheld } from '../../data/withholding';
import { participantsColumns } from '../shared/participants-columns';

interface CategoryRow extends WithWithheld {
  region: { slug: string };
  category: { code: string; label: string };
  roundtables: number;
  roundtablesUncounted: number;
  participants?: MaybeRange;
}

interface ChallengeRow {
  region: { slug: string };
  challenge: { code: string; label: string };
  mentions: number;
  roundtables: number;
}

const regionNames = (regions: MatrixAxis[]) => new Map(regions.map((region) => [region.key, region.label]));

/** One row per region and category present, as the grouped chart draws them. */
export function categoryTable(
  rows: CategoryRow[],
  regions: MatrixAxis[],
  { t, format }: Pick<I18n, 't' | 'format'>,
): TableModel<CategoryRow> {
  const names = regionNames(regions);
  return withWithheldColumn(
    {
      rows,
      columns: [
        { csv: 'region', label: t('column.region'), value: (row) => names.get(row.region.slug) ?? row.region.slug },
        { csv: 'category_code', label: '', value: (row) => row.category.code, csvOnly: true },
        { csv: 'category', label: t('column.category'), value: (row) => row.category.label },
        {
          csv: 'roundtables',
          label: t('column.roundtables'),
          value: (row) => row.roundtables,
          display: (row) => format.number(row.roundtables),
          numeric: true,
        },
        {
          csv: 'roundtables_not_counted',
          label: t('chart.notCounted'),
          value: (row) => row.roundtablesUncounted,
          display: (row) => format.number(row.roundtablesUncounted),
          numeric: true,
        },
        ...participantsColumns<CategoryRow>({ t, format }),
      ],
    },
    t('withheld.column'),
    withheldLabels(t),
  );
}

/** One row per region and challenge raised, as the matrix shows them. */
export function challengeTable(
  rows: ChallengeRow[],
  regions: MatrixAxis[],
  { t, format }: Pick<I18n, 't' | 'format'>,
): TableModel<ChallengeRow> {
  const names = regionNames(regions);
  return {
    rows,
    columns: [
      { csv: 'region', label: t('column.region'), value: (row) => names.get(row.region.slug) ?? row.region.slug },
      { csv: 'challenge_code', label: '', value: (row) => row.challenge.code, csvOnly: true },
      { csv: 'challenge', label: t('column.challenge'), value: (row) => row.challenge.label },
      {
        csv: 'mentions',
        label: t('column.mentions'),
        value: (row) => row.mentions,
        display: (row) => format.number(row.mentions),
        numeric: true,
      },
      {
        csv: 'roundtables',
        label: t('column.roundtables'),
        value: (row) => row.roundtables,
        display: (row) => format.number(row.roundtables),
        numeric: true,
      },
    ],
  };
}
