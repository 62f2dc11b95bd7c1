import type { DataSource } from 'typeorm';
import { Challenge } from './challenge.entity';

/** Every column of a challenge (alias ch), named as Challenge's properties. */
const CHALLENGE_COLUMNS = 'ch.code, ch.label_en AS "labelEn", ch.label_es AS "labelEs", ch.description, ch.position';

/**
 * The challenge taxonomy, read once at start: it changes only by migration, so analytics
 * can label their rows without a query.
 */
export class ChallengeTaxonomy {
  private constructor(private readonly byCode: Map<string, Challenge>) {}

  static async load(dataSource: DataSource): Promise<ChallengeTaxonomy> {
    const rows: Challenge[] = await dataSource.query(`SELECT ${CHALLENGE_COLUMNS} FROM engagement.challenge ch ORDER BY ch.position`);
    return new ChallengeTaxonomy(new Map(rows.map((row) => [row.code, Object.assign(new Challenge(), row)])));
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
