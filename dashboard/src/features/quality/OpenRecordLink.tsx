import { useQualityI18n } from '../../app/i18n/quality';
import { Link } from '../../app/router';
import { roundtablePath } from '../../app/routes';

/** A list row's way to its roundtable on its region's page: "Open", and which one to a screen reader. */
export function OpenRecordLink({ id, number, region }: { id: string; number: number; region: { slug: string; name: string } }) {
  const { t } = useQualityI18n();
  return (
    <Link to={roundtablePath(region.slug, id)}>
      {t('queue.open')}
      <span className="sr-only">
        {' '}
        {t('region.roundtable', { number })}, {region.name}
      </span>
    </Link>
  );
}
