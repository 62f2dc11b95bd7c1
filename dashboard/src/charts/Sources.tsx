import { graphql } from '../__generated__';
import { useI18n } from '../app/i18n/i18n';

// What the list shows of each source: every query that cites sources spreads it.
export const SOURCES_SOURCE = graphql(`
  fragment Sources_source on Source {
    title
    url
    publisher
    illustrative
    recordedBy {
      slug
      name
    }
  }
`);

export interface SourceLink {
  title: string;
  url?: string | null;
  publisher?: string | null;
  illustrative?: boolean;
  /** A platform's own records, which cite no publication: the region whose platform recorded them. */
  recordedBy?: { slug: string; name: string } | null;
}

const keyOf = (source: SourceLink) =>
  `${source.recordedBy?.slug ?? ''}\u0000${source.title}\u0000${source.url ?? ''}\u0000${source.publisher ?? ''}`;

/** Sources with the same title and address are one entry, with how many records cite it. */
function distinct(sources: SourceLink[]): (SourceLink & { times: number })[] {
  const byKey = new Map<string, SourceLink & { times: number }>();
  for (const source of sources) {
    const key = keyOf(source);
    const seen = byKey.get(key);
    if (seen) seen.times += 1;
    else byKey.set(key, { ...source, times: 1 });
  }
  return [...byKey.values()];
}

/**
 * The sources of what is shown: each publication, with its address where known, and each
 * platform whose own records (citing no publication) are among it, said as such. `recordedBy`,
 * the platform of the one record shown, is named when that record cites no publication.
 */
export function Sources({
  sources,
  recordedBy,
  notShown = 0,
}: {
  sources: SourceLink[];
  recordedBy?: string;
  /** How many more the data rest on, left out of a long list: said, and where to find them all. */
  notShown?: number;
}) {
  const { t, format } = useI18n();
  if (sources.length === 0 && !recordedBy) return null;
  return (
    <div className="sources">
      <strong>{t('chart.sources')}</strong>
      <ul>
        {sources.length === 0 && <li>{t('chart.recordedByPlatform', { region: recordedBy ?? '' })}</li>}
        {distinct(sources).map((source) => (
          <li key={keyOf(source)}>
            {source.recordedBy ? (
              t('chart.recordedByPlatform', { region: source.recordedBy.name })
            ) : (
              <>
                {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
                {source.publisher ? `, ${source.publisher}` : ''}
                {!source.url && <span className="muted"> ({t('chart.noSourceUrl')})</span>}
              </>
            )}
            {source.times > 1 && <span className="muted"> ×{format.number(source.times)}</span>}
            {source.illustrative && (
              <>
                {' '}
                <span className="tag">{t('illustrative.tag')}</span>
              </>
            )}
          </li>
        ))}
        {notShown > 0 && <li className="muted">{t('chart.moreSources', { count: notShown })}</li>}
      </ul>
    </div>
  );
}
