import { graphql } from '../../__generated__';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { countWords, withheldTitle } from '../../app/i18n/withheld-words';
import type { Withholding } from '../../data/withholding';
import { ColumnHeads } from '../../ui/Tables';
import { type BreakdownDimension, type BreakdownPart, isNamedPart, partText, partWithheld, splitNotPublished } from './drill-down';

// What the table shows of each part of a split: the drill-down's query spreads it for every split.
export const BREAKDOWN_TABLE_PART = graphql(`
  fragment BreakdownTable_part on IndicatorBreakdownRow {
    key
    value { min max }
    recordCount
    withheld
  }
`);

/** One split of a figure: each part with its value and the roundtables where it is present. */
export function BreakdownTable({
  dimension,
  parts,
  figureWithheld,
  categoryLabels,
}: {
  dimension: BreakdownDimension;
  parts: readonly BreakdownPart[];
  figureWithheld: Withholding | null | undefined;
  categoryLabels: ReadonlyMap<string, string>;
}) {
  const { t, format } = useIndicatorsI18n();
  const caption = t(`indicators.by.${dimension}`);
  const byCategory = dimension === 'STAKEHOLDER_CATEGORY';
  const words = countWords(t, t('indicators.notKnown'));
  const partLabel = (key: string) => (byCategory ? (categoryLabels.get(key) ?? key) : isNamedPart(key) ? t(`indicators.key.${key}`) : key);
  const body = () => {
    if (parts.length === 0) return <p className="muted">{t('indicators.drill.noParts')}</p>;
    // Not published as a whole: one sentence says so, rather than a row of it per part.
    if (splitNotPublished(parts)) return <p title={withheldTitle(t, 'NOT_PUBLISHED')}>{t('indicators.drill.splitNotPublished')}</p>;
    return (
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <ColumnHeads
          columns={[
            { label: t('indicators.drill.part') },
            { label: t('indicators.column.value'), numeric: true },
            { label: t('column.roundtables'), numeric: true },
          ]}
        />
        <tbody>
          {parts.map((part) => {
            const withheld = partWithheld(part, figureWithheld);
            return (
              <tr key={part.key}>
                <th scope="row">{partLabel(part.key)}</th>
                <td className="numeric" title={withheld ? withheldTitle(t, withheld) : undefined}>
                  {partText(part, figureWithheld, byCategory ? t('chart.notCounted') : null, format.number, words)}
                </td>
                <td className="numeric">
                  {part.recordCount === null || part.recordCount === undefined ? '–' : format.number(part.recordCount)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  };
  return (
    <>
      <h4>{caption}</h4>
      {byCategory && <p className="field-hint">{t('indicators.drill.categoriesNote')}</p>}
      {body()}
    </>
  );
}
