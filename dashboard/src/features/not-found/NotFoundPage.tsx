import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>404</h1>
      <p>
        <Link to="/">{t('region.back')}</Link>
      </p>
    </>
  );
}
