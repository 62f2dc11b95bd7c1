import { graphql } from '../__generated__';
import { useI18n } from '../app/i18n/i18n';

// What the list shows of each source: every query that cites sources spreads it.
export const SOURCES_SOURCE = graphql(`
  fragment Sources_source on Source {
    title
    url
    publisher
    illustrative
  }
`);

export interface SourceLink {
  title: string;
  url?: string | null;
  publisher?: string | null;
  illustrative?: boolean;
}

/** Sources with the same title and address are one entry, with how many records cite it. */
function distinct(sources: SourceLink[]): (SourceLink & { times: number })[] {
  const byKey = new Map<string, SourceLink & { times: number }>();
  for (const source of sources) {
    const key = `${source.title}\u0000${source.url ?? ''}\u0000${source.publisher ?? ''}`;
    const seen = byKey.get(key);
    if (seen) seen.times += 1;
    else byKey.set(key, { ...source, times: 1 });
  }
  return [...byKey.values()];
}

export function Sources({ sources }: { sources: SourceLink[] }) {
  const { t, format } = useI18n();
  if (sources.length === 0) return null;
  return (
    <div className="sources">
      <strong>{t('chart.sources')}</strong>
      <ul>
        {distinct(sources).map((source) => (
          <li key={`${source.title}|${source.url ?? ''}|${source.publisher ?? ''}`}>
            {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
            {source.publisher ? `, ${source.publisher}` : ''}
            {!source.url && <span className="muted"> ({t('chart.noSourceUrl')})</span>}
            {source.times > 1 && <span className="muted"> ×{format.number(source.times)}</span>}
            {source.illustrative && (
              <>
                {' '}
                <span className="tag">{t('illustrative.tag')}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
