import type { DataSource } from 'typeorm';
import type { ChangeNotices } from '../../../core/database/change-notices';
import type { TaxonomyKind } from '../../../core/taxonomy/taxonomy-texts-write';
import { StakeholderCategory } from './stakeholder-category.entity';

/** Every column of a stakeholder category (alias c), named as StakeholderCategory's properties. */
const STAKEHOLDER_CATEGORY_COLUMNS = 'c.code, c.id, c.labels AS "labelTexts", c.description, c.position, c.version';

/** The categories as their labels are edited (setCategoryLabels). */
export const CATEGORY_KIND: TaxonomyKind = {
  table: 'geography.stakeholder_category',
  order: 'position',
  entityType: 'StakeholderCategory',
  kind: 'category',
  described: false,
  channel: 'geography_taxonomy',
};

/**
 * The category taxonomy, held in memory so every analytics request is free of taxonomy
 * queries. Codes change only by migration; labels are edited by an ADMIN, after which every
 * instance reads the taxonomy again (it hears of the change through ChangeNotices).
 */
export class CategoryTaxonomy {
  private byCode = new Map<string, StakeholderCategory>();

  private constructor(private readonly dataSource: DataSource) {}

  static async load(dataSource: DataSource, notices: ChangeNotices): Promise<CategoryTaxonomy> {
    const taxonomy = new CategoryTaxonomy(dataSource);
    await taxonomy.reload();
    await notices.listen(CATEGORY_KIND.channel, () => taxonomy.reload());
    return taxonomy;
  }

  async reload(): Promise<void> {
    const rows: StakeholderCategory[] = await this.dataSource.query(
      `SELECT ${STAKEHOLDER_CATEGORY_COLUMNS} FROM geography.stakeholder_category c ORDER BY c.position`,
    );
    this.byCode = new Map(rows.map((row) => [row.code, Object.assign(new StakeholderCategory(), row)]));
  }

  all(): StakeholderCategory[] {
    return [...this.byCode.values()];
  }

  find(code: string): StakeholderCategory | undefined {
    return this.byCode.get(code);
  }
}
