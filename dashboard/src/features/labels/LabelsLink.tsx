import { useLabelsI18n } from '../../app/i18n/labels';
import { Link } from '../../app/router';
import { pathTo } from '../../app/routes';

/** The way to the Labels page from the Users page, the other page only an ADMIN works on. */
export function LabelsLink() {
  const { t } = useLabelsI18n();
  return (
    <p>
      {t('labels.usersLink')} <Link to={pathTo('labels', {})}>{t('labels.title')}</Link>
    </p>
  );
}
