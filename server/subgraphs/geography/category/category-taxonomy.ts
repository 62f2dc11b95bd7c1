import type { DataSource } from 'typeorm';
import { StakeholderCategory } from './stakeholder-category.entity';

/**
 * The category taxonomy, read once at start: it changes only by migration, so serving it
 * from memory keeps every analytics request free of taxonomy queries.
 */
export class CategoryTaxonomy {
  private constructor(private readonly byCode: Map<string, StakeholderCategory>) {}

  static async load(dataSource: DataSource): Promise<CategoryTaxonomy> {
    const rows = await dataSource.getRepository(StakeholderCategory).find({ order: { position: 'ASC' } });
    return new CategoryTaxonomy(new Map(rows.map((row) => [row.code, row])));
  }

  all(): StakeholderCategory[] {
    return [...this.byCode.values()];
  }

  find(code: string): StakeholderCategory | undefined {
    return this.byCode.get(code);
  }
}
