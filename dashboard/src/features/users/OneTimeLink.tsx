import { useEffect, useId, useRef, useState } from 'react';
import type { PasswordLinkPurpose } from '../../__generated__/graphql';
import { useAccountsI18n } from '../../app/i18n/accounts';

export interface ShownLink {
  purpose: PasswordLinkPurpose;
  /** The link's path and secret, e.g. `/set-password#...`. */
  path: string;
  expiresAt: string;
  user: { username: string; name: string };
}

/** A one-time link just made: shown once, whole, with a button that copies it. The focus comes to it, so it is read out. */
export function OneTimeLink({ link }: { link: ShownLink }) {
  const { t, format } = useAccountsI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const inputId = useId();
  const url = `${window.location.origin}${link.path}`;
  // A new link is announced like the first: its heading takes the focus, and "copied" is forgotten.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs for each link shown.
  useEffect(() => {
    setCopied(null);
    heading.current?.focus();
  }, [link]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="one-time-link banner notice" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} ref={heading} tabIndex={-1}>
        {t(`users.linkTitle.${link.purpose}`, { name: link.user.name })}
      </h2>
      <p>{t('users.linkIntro', { name: link.user.name, username: link.user.username, expires: format.dateTime(link.expiresAt) })}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('users.linkLabel')}</label>
        <input id={inputId} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
      </div>
      <button type="button" className="primary" onClick={() => void copy()}>
        {t('users.copy')}
      </button>{' '}
      <span role="status">{copied === 'yes' ? t('users.copied') : copied === 'failed' ? t('users.copyFailed') : ''}</span>
    </section>
  );
}
