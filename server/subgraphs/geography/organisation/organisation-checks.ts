import type { EntityManager } from 'typeorm';
import type { FieldProblem } from '../../../core/validate-input';
import type { CategoryTaxonomy } from '../category/category-taxonomy';
import type { OrganisationContent } from './organisation-content';

/** The checks against other records that no field's rule can make, every problem at once. */
export async function organisationProblems(
  content: OrganisationContent,
  manager: EntityManager,
  categories: CategoryTaxonomy,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (content.name.length < 2) problems.push({ field: 'name', message: 'must be at least 2 characters besides spaces' });
  if (!categories.find(content.categoryCode)) {
    const known = categories.all().map((category) => category.code);
    problems.push({ field: 'category', message: `"${content.categoryCode}" is not a stakeholder category; known: ${known.join(', ')}` });
  }
  if (content.regionSlug !== null) {
    const [region] = await manager.query('SELECT 1 FROM geography.region WHERE slug = $1 FOR SHARE', [content.regionSlug]);
    if (!region) problems.push({ field: 'region', message: `"${content.regionSlug}" is not a region; the regions query lists them` });
  }
  return problems;
}
