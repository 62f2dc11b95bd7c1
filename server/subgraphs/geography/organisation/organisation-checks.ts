import type { EntityManager } from 'typeorm';
import { errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';
import type { CategoryTaxonomy } from '../category/category-taxonomy';
import type { OrganisationContent } from './organisation-content';

/** The checks against other records that no field's rule can make, every problem at once. */
export async function organisationProblems(
  content: OrganisationContent,
  manager: EntityManager,
  categories: CategoryTaxonomy,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (content.name.length < 2) problems.push(fieldProblem('name', errorText('atLeastCharactersBesidesSpaces', { min: 2 })));
  if (!categories.find(content.categoryCode)) {
    const known = categories.all().map((category) => category.code);
    problems.push(fieldProblem('category', errorText('notACategory', { code: content.categoryCode, known: known.join(', ') })));
  }
  if (content.regionSlug !== null) {
    const [region] = await manager.query('SELECT 1 FROM geography.region WHERE slug = $1 FOR SHARE', [content.regionSlug]);
    if (!region) problems.push(fieldProblem('region', errorText('notARegion', { slug: content.regionSlug })));
  }
  return problems;
}
