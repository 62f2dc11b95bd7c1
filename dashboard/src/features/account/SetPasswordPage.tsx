import './account.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { usePageTitle } from '../../app/page-title';
import { Link, navigate } from '../../app/router';
import { sessionStore } from '../../app/session/session-store';
import { Loading } from '../../ui/States';
import { type DeadLink, inspectLink, type LinkInfo, setPasswordWithLink } from './link-requests';
import { MIN_PASSWORD_LENGTH } from './password-rules';
import { TextField } from './TextField';

let lastSecret = '';

/**
 * The link's secret: it follows `#`, which browsers never send to a server, and leaves the
 * address bar (and the history) as soon as it is read. Kept here, since the page may render
 * again (after loading its texts) once the address no longer shows it.
 */
function takeSecret(): string {
  const secret = decodeURIComponent(window.location.hash.slice(1));
  if (!secret) return lastSecret;
  window.history.replaceState(window.history.state, '', window.location.pathname);
  lastSecret = secret;
  return secret;
}

type LinkState = { kind: 'checking' } | { kind: 'open'; link: LinkInfo } | { kind: 'dead'; reason: DeadLink } | { kind: 'failed' };

/** `/set-password#<secret>`: an invited person, or one whose password was reset, sets a password and is signed in. */
export default function SetPasswordPage() {
  const { t } = useAccountsI18n();
  const [secret] = useState(takeSecret);
  const [state, setState] = useState<LinkState>(secret ? { kind: 'checking' } : { kind: 'dead', reason: 'unknown' });
  usePageTitle(state.kind === 'open' ? t(`setPassword.title.${state.link.purpose}`, { name: state.link.name }) : t('setPassword.password'));

  useEffect(() => {
    if (!secret) return;
    void inspectLink(secret).then((answer) =>
      setState(
        answer === 'failed'
          ? { kind: 'failed' }
          : 'link' in answer
            ? { kind: 'open', link: answer.link }
            : { kind: 'dead', reason: answer.dead },
      ),
    );
  }, [secret]);

  if (state.kind === 'checking') return <Loading />;
  if (state.kind !== 'open') {
    return (
      <div className="set-password">
        <h1>{t('setPassword.password')}</h1>
        <p className="banner notice" role="alert">
          {state.kind === 'failed' ? t('setPassword.failed') : secret ? t(`setPassword.dead.${state.reason}`) : t('setPassword.noLink')}
        </p>
        <p>
          <Link to="/sign-in">{t('setPassword.signIn')}</Link>
        </p>
      </div>
    );
  }
  return <PasswordForm secret={secret} link={state.link} onDead={(reason) => setState({ kind: 'dead', reason })} />;
}

function PasswordForm({ secret, link, onDead }: { secret: string; link: LinkInfo; onDead: (reason: DeadLink) => void }) {
  const { t, format } = useAccountsI18n();
  const [problem, setProblem] = useState<{ field: 'password' | 'repeat' | 'form'; text: string } | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    if (password !== String(data.get('repeat') ?? '')) return setProblem({ field: 'repeat', text: t('setPassword.mismatch') });
    setWorking(true);
    setProblem(null);
    const answer = await setPasswordWithLink(secret, password);
    setWorking(false);
    if (answer === 'failed') return setProblem({ field: 'form', text: t('setPassword.failed') });
    if ('dead' in answer) return onDead(answer.dead);
    if ('problem' in answer) return setProblem({ field: 'password', text: answer.problem });
    sessionStore.signIn(answer.session);
    navigate('/', { replace: true });
  };

  return (
    <div className="set-password">
      <h1>{t(`setPassword.title.${link.purpose}`, { name: link.name })}</h1>
      <p className="page-intro">{t('setPassword.intro', { username: link.username, expires: format.dateTime(link.expiresAt) })}</p>
      <form className="password-form" onSubmit={submit} aria-busy={working} noValidate>
        <input type="text" name="username" autoComplete="username" value={link.username} hidden readOnly />
        <TextField
          label={t('setPassword.password')}
          hint={t('setPassword.hint', { min: MIN_PASSWORD_LENGTH })}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          problems={problem?.field === 'password' ? [problem.text] : []}
        />
        <TextField
          label={t('setPassword.repeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          problems={problem?.field === 'repeat' ? [problem.text] : []}
        />
        <p className="form-error" role="alert">
          {problem?.field === 'form' ? problem.text : ''}
        </p>
        <button type="submit" className="primary">
          {working ? t('setPassword.working') : t('setPassword.submit')}
        </button>
      </form>
    </div>
  );
}
