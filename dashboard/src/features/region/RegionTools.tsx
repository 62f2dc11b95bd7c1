import type { AnalyticsFilter } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { Link } from '../../app/router';
import { newRoundtablePath } from '../../app/routes';
import { RoundtablesCsvDownload } from '../shared/RoundtablesCsvDownload';

/** What the viewer may do with the region's roundtables as a whole: record one, download them all. */
export function RegionTools({ slug, mayRecord, csvFilter }: { slug: string; mayRecord: boolean; csvFilter?: AnalyticsFilter }) {
  const { t } = useEditingI18n();
  if (!mayRecord && !csvFilter) return null;
  return (
    <div className="page-tools">
      {mayRecord && (
        <Link className="button-link primary-link" to={newRoundtablePath(slug)}>
          {t('region.record')}
        </Link>
      )}
      {csvFilter && <RoundtablesCsvDownload filter={csvFilter} fileName={`${slug}-roundtables.csv`} />}
    </div>
  );
}
