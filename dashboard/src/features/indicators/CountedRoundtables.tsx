import { graphql } from '../../__generated__';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { useHrefWithFilters } from '../../app/use-filters';
import type { SourceLink } from '../../charts/Sources';

// What the list shows of each roundtable a figure counts: the drill-down's query spreads it.
export const COUNTED_ROUNDTABLES_ROUNDTABLE = graphql(`
  fragment CountedRoundtables_roundtable on Roundtable {
    id
    number
    date
    illustrative
    region {
      slug
      name
    }
    sources {
      ...Sources_source
    }
  }
`);

export interface CountedRoundtable {
  id: string;
  number: number;
  date: string;
  illustrative: boolean;
  region: { slug: string; name: string };
  sources: SourceLink[];
}

/** The roundtables a figure counts, by date, each with its region's page and its sources. */
export function CountedRoundtables({ roundtables }: { roundtables: readonly CountedRoundtable[] }) {
  const { t, format } = useIndicatorsI18n();
  const href = useHrefWithFilters();
  if (roundtables.length === 0) return <p className="muted">{t('indicators.drill.noRoundtables')}</p>;
  return (
    <ul className="counted-roundtables">
      {roundtables.map((roundtable) => (
        <li key={roundtable.id}>
          <p className="counted-title">
            <Link to={href(regionPath(roundtable.region.slug))}>{roundtable.region.name}</Link>
            {' · '}
            {t('region.roundtable', { number: roundtable.number })}
            {' · '}
            {format.date(roundtable.date)}
            {roundtable.illustrative && (
              <>
                {' '}
                <span className="tag">{t('illustrative.tag')}</span>
              </>
            )}
          </p>
          <ul className="counted-sources">
            {/* Without a source, the roundtable is its platform's own record: said so, rather than nothing. */}
            {roundtable.sources.length === 0 && <li>{t('chart.recordedByPlatform', { region: roundtable.region.name })}</li>}
            {roundtable.sources.map((source) => (
              <li key={`${source.title}|${source.url ?? ''}`}>
                {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
                {source.publisher ? `, ${source.publisher}` : ''}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
