import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useI18n } from '../../app/i18n/i18n';

const ORGANISATION_CHOICES = graphql(`
  query OrganisationChoices($locale: Locale!) {
    stakeholderCategories {
      code
      label(locale: $locale)
    }
    regions {
      slug
      name
    }
  }
`);

export interface Choice {
  value: string;
  label: string;
}

/** The categories and regions an organisation is recorded with, in the reader's language; taxonomies, so read from the cache once fetched. */
export function useOrganisationChoices() {
  const { locale } = useI18n();
  const { data, error, refetch } = useQuery(ORGANISATION_CHOICES, { variables: { locale } });
  const categories: Choice[] = (data?.stakeholderCategories ?? []).map((category) => ({ value: category.code, label: category.label }));
  const regions: Choice[] = (data?.regions ?? []).map((region) => ({ value: region.slug, label: region.name }));
  return { ready: Boolean(data), error, retry: () => void refetch(), categories, regions };
}
