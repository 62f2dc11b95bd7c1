import type { GeographyContext } from '../geography.context';
import type { Organisation } from './organisation.entity';

export const resolveOrganisationReference = (reference: Pick<Organisation, 'slug'>, ctx: GeographyContext) =>
  ctx.loaders.organisationBySlug.load(reference.slug);
