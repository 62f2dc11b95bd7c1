import type { DataSource } from 'typeorm';
import { StakeholderCategory } from './stakeholder-category.entity';

/** Every column of a stakeholder category (alias c), named as StakeholderCategory's properties. */
const STAKEHOLDER_CATEGORY_COLUMNS = 'c.code, c.label_en AS "labelEn", c.label_es AS "labelEs", c.description, c.position';

/**
 * The category taxonomy, read once at start: it changes only by migration, so serving it
 * from memory keeps every analytics request free of taxonomy queries.
 */
export class CategoryTaxonomy {
  private constructor(private readonly byCode: Map<string, StakeholderCategory>) {}

  static async load(dataSource: DataSource): Promise<CategoryTaxonomy> {
    const rows: StakeholderCategory[] = await dataSource.query(
      `SELECT ${STAKEHOLDER_CATEGORY_COLUMNS} FROM geography.stakeholder_category c ORDER BY c.position`,
    );
    return new CategoryTaxonomy(new Map(rows.map((row) => [row.code, Object.assign(new StakeholderCategory(), row)])));
  }

  all(): StakeholderCategory[] {
    return [...this.byCode.values()];
  }

  find(code: string): StakeholderCategory | undefined {
    return this.byCode.get(code);
  }
}
