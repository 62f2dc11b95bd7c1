import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ABOUT_FIGURES_PATH } from '../routes';
import { useHrefWithFilters } from '../use-filters';
import { seesPublication } from './permissions';
import { useSession } from './session-store';

const REGION_NAMES = graphql(`
  query RegionNames {
    regions {
      slug
      name
    }
  }
`);

/** What the current role sees and may do, in one sentence under the header; for FUNDER and PUBLIC, where their figures' protection is explained. */
export function RoleNote() {
  const { t, locale } = useI18n();
  const viewer = useSession()?.viewer;
  const role = viewer?.role ?? 'PUBLIC';
  const href = useHrefWithFilters();
  const { data } = useQuery(REGION_NAMES, { skip: role !== 'COORDINATOR' });
  const names = new Map((data?.regions ?? []).map((region) => [region.slug, region.name]));
  const regions = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    (viewer?.regions ?? []).map((slug) => names.get(slug) ?? slug),
  );
  return (
    <p className={`role-note role-${role.toLowerCase()}`}>
      {role === 'COORDINATOR' ? t('roleNote.COORDINATOR', { regions }) : t(`roleNote.${role}`)}
      {seesPublication(viewer) && (
        <>
          {' '}
          <Link to={href(ABOUT_FIGURES_PATH)}>{t('withheld.methodLink')}</Link>
        </>
      )}
    </p>
  );
}
