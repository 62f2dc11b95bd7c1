import { graphql } from '../../__generated__';
import type { RoundtableFormOptionsQuery } from '../../__generated__/graphql';
import type { FormChoices } from './RoundtableForm';

/**
 * What the form offers to choose from, the region's numbers taken so far, what a roundtable
 * may hold and the periods closed to changes: asked by the page that records a roundtable and
 * by the one that changes it.
 */
export const FORM_OPTIONS = graphql(`
  query RoundtableFormOptions($slug: String!, $locale: Locale!) {
    region(slug: $slug) {
      slug
      name
      roundtables {
        id
        number
      }
    }
    ...RoundtableCodeNames
    organisations {
      region {
        slug
      }
    }
    roundtableLimits {
      counts { field max }
      texts { field max }
      lists { field max }
      datesFrom
      datesTo
      projectStartsOn
      projectEndsOn
    }
    closedPeriods {
      ...ClosedPeriodNote_period
    }
  }
`);

/**
 * The choices the form offers. Organisations: those of the region and those working across
 * regions, plus any already named as organisers (by slug alone if it has since been
 * deleted), so that an edit never drops one silently.
 */
export function formChoices(options: RoundtableFormOptionsQuery, region: string, organiserSlugs: readonly string[] = []): FormChoices {
  const named = new Set(organiserSlugs);
  const offered = options.organisations
    .filter((organisation) => !organisation.region || organisation.region.slug === region || named.has(organisation.slug))
    .map((organisation) => ({ value: organisation.slug, label: organisation.name }));
  const known = new Set(offered.map((choice) => choice.value));
  return {
    categories: options.stakeholderCategories.map((category) => ({ value: category.code, label: category.label })),
    challenges: options.challenges.map((challenge) => ({ value: challenge.code, label: challenge.label })),
    organisations: [...offered, ...organiserSlugs.filter((slug) => !known.has(slug)).map((slug) => ({ value: slug, label: slug }))],
  };
}

/** The number after the region's highest, as a suggestion for a new roundtable. */
export function nextNumber(options: RoundtableFormOptionsQuery): number {
  return Math.max(0, ...(options.region?.roundtables ?? []).map((roundtable) => roundtable.number)) + 1;
}
