import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { useHrefWithFilters } from '../../app/use-filters';
import { ScrollTable } from '../../ui/Tables';
import type { IndicatorResultRow } from './indicator-types';
import { ResultCell } from './ResultCell';
import type { ResultsGrid } from './results-grid';

export const indicatorAnchor = (code: string) => `indicator-${code}`;

/**
 * Regions down, indicators across, all regions together first. The region names stay
 * in view while the table scrolls sideways on a narrow screen.
 */
export function ResultsTable<Row extends IndicatorResultRow>({
  grid,
  caption,
  onOpen,
}: {
  grid: ResultsGrid<Row>;
  caption: string;
  onOpen: (row: Row) => void;
}) {
  const { t } = useIndicatorsI18n();
  const href = useHrefWithFilters();
  return (
    <ScrollTable caption={caption} className="results-grid" wrapClassName="results-wrap">
      <thead>
        <tr>
          <th scope="col">{t('column.region')}</th>
          {grid.indicators.map((indicator) => (
            <th key={indicator.code} scope="col">
              <a href={`#${indicatorAnchor(indicator.code)}`}>{indicator.label}</a>
              <span className="result-unit">{t(`indicators.unit.${indicator.unit}`)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.regions.map((region) => (
          <tr key={region.key} className={region.slug ? undefined : 'all-regions'}>
            <th scope="row">{region.slug ? <Link to={href(regionPath(region.slug))}>{region.name}</Link> : region.name}</th>
            {grid.indicators.map((indicator) => {
              const result = grid.cell(region.key, indicator.code);
              return (
                <td key={indicator.code}>
                  {result ? (
                    <ResultCell result={result} indicator={indicator} regionName={region.name} onOpen={() => onOpen(result)} />
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
