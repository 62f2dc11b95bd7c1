import { graphql } from '../../__generated__';
import type { NewOrganisationInput } from '../../__generated__/graphql';

// What a write gives back: enough to show the organisation in the list and to select it as an organiser.
export const ORGANISATION_FIELDS = graphql(`
  fragment OrganisationFields on Organisation {
    slug
    name
    version
    migrantLed
    illustrative
    category {
      code
    }
    region {
      slug
      name
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: NewOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($slug: String!, $expectedVersion: Int!, $input: OrganisationInput!) {
    updateOrganisation(slug: $slug, expectedVersion: $expectedVersion, input: $input) {
      ...OrganisationFields
    }
  }
`);

export const DELETE_ORGANISATION = graphql(`
  mutation DeleteOrganisation($slug: String!, $expectedVersion: Int!) {
    deleteOrganisation(slug: $slug, expectedVersion: $expectedVersion)
  }
`);

export const RESTORE_ORGANISATION = graphql(`
  mutation RestoreOrganisation($auditEntryId: ID!) {
    restoreOrganisation(auditEntryId: $auditEntryId) {
      ...OrganisationFields
    }
  }
`);

/** What the dialog holds: '' for a region is "works across regions", '' for migrant-led "not known". */
export interface OrganisationValues {
  name: string;
  category: string;
  region: string;
  migrantLed: '' | 'yes' | 'no';
}

export const migrantLedValue = (migrantLed: boolean | null | undefined): OrganisationValues['migrantLed'] =>
  migrantLed === true ? 'yes' : migrantLed === false ? 'no' : '';

/** The API's input: the slug is left to the API, which makes it from the name. */
export function organisationInput(values: OrganisationValues): NewOrganisationInput {
  return {
    name: values.name.trim(),
    category: values.category,
    region: values.region || null,
    migrantLed: values.migrantLed === '' ? null : values.migrantLed === 'yes',
  };
}
