import { useEditingI18n } from '../../app/i18n/editing';
import { Link } from '../../app/router';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';

/** For someone who may not edit this region: who may, and a way to sign in as them. */
export function NotAllowed({ title, regionName, back }: { title: string; regionName: string; back: string }) {
  const { t } = useEditingI18n();
  const signedIn = Boolean(useSession());
  return (
    <>
      <h1>{title}</h1>
      <div className="banner notice" role="note">
        <p>{t('form.notAllowed', { region: regionName })}</p>
        {!signedIn && (
          <p>
            <Link to={signInHref()}>{t('session.signIn')}</Link>
          </p>
        )}
      </div>
      <p>
        <Link className="back-link" to={back}>
          {t('form.backToRegion', { region: regionName })}
        </Link>
      </p>
    </>
  );
}
