import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { type BreakdownDimension, type BreakdownPart, isNamedPart, partText } from './drill-down';

/** One split of a figure: each part with its value and the roundtables where it is present. */
export function BreakdownTable({
  dimension,
  parts,
  figureWithheld,
  categoryLabels,
}: {
  dimension: BreakdownDimension;
  parts: readonly BreakdownPart[];
  figureWithheld: boolean;
  categoryLabels: ReadonlyMap<string, string>;
}) {
  const { t, format } = useIndicatorsI18n();
  const caption = t(`indicators.by.${dimension}`);
  const byCategory = dimension === 'STAKEHOLDER_CATEGORY';
  const words = { unknown: t('indicators.notKnown'), suppressed: t('figure.suppressed') };
  const partLabel = (key: string) => (byCategory ? (categoryLabels.get(key) ?? key) : isNamedPart(key) ? t(`indicators.key.${key}`) : key);
  return (
    <>
      <h4>{caption}</h4>
      {byCategory && <p className="field-hint">{t('indicators.drill.categoriesNote')}</p>}
      {parts.length === 0 ? (
        <p className="muted">{t('indicators.drill.noParts')}</p>
      ) : (
        <table className="data">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.drill.part')}</th>
              <th scope="col" className="numeric">
                {t('indicators.column.value')}
              </th>
              <th scope="col" className="numeric">
                {t('column.roundtables')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.key}>
                <th scope="row">{partLabel(part.key)}</th>
                <td className="numeric">
                  {partText(part, figureWithheld, byCategory ? t('chart.notCounted') : null, format.number, words)}
                </td>
                <td className="numeric">{format.number(part.recordCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
