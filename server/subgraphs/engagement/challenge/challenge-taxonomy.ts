import type { DataSource } from 'typeorm';
import type { ChangeNotices } from '../../../core/database/change-notices';
import type { TaxonomyKind } from '../../../core/taxonomy/taxonomy-texts-write';
import { Challenge } from './challenge.entity';

/** Every column of a challenge (alias ch), named as Challenge's properties. */
const CHALLENGE_COLUMNS = 'ch.code, ch.id, ch.labels AS "labelTexts", ch.description, ch.position, ch.version';

/** The challenges as their labels are edited (setChallengeLabels). */
export const CHALLENGE_KIND: TaxonomyKind = {
  table: 'engagement.challenge',
  order: 'position',
  entityType: 'Challenge',
  kind: 'challenge',
  described: false,
  channel: 'engagement_taxonomy',
};

/**
 * The challenge taxonomy, held in memory so analytics can label their rows without a query.
 * Codes change only by migration; labels are edited by an ADMIN, after which every instance
 * reads the taxonomy again (it hears of the change through ChangeNotices).
 */
export class ChallengeTaxonomy {
  private byCode = new Map<string, Challenge>();

  private constructor(private readonly dataSource: DataSource) {}

  static async load(dataSource: DataSource, notices: ChangeNotices): Promise<ChallengeTaxonomy> {
    const taxonomy = new ChallengeTaxonomy(dataSource);
    await taxonomy.reload();
    await notices.listen(CHALLENGE_KIND.channel, () => taxonomy.reload());
    return taxonomy;
  }

  async reload(): Promise<void> {
    const rows: Challenge[] = await this.dataSource.query(`SELECT ${CHALLENGE_COLUMNS} FROM engagement.challenge ch ORDER BY ch.position`);
    this.byCode = new Map(rows.map((row) => [row.code, Object.assign(new Challenge(), row)]));
  }

  all(): Challenge[] {
    return [...this.byCode.values()];
  }

  get(code: string): Challenge {
    const challenge = this.byCode.get(code);
    if (!challenge) throw new Error(`Challenge code ${code} is not in the taxonomy`);
    return challenge;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }
}
