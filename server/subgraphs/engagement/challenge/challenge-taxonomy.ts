import type { DataSource } from 'typeorm';
import { Challenge } from './challenge.entity';

/**
 * The challenge taxonomy, read once at start: it changes only by migration, so analytics
 * can label their rows without a query.
 */
export class ChallengeTaxonomy {
  private constructor(private readonly byCode: Map<string, Challenge>) {}

  static async load(dataSource: DataSource): Promise<ChallengeTaxonomy> {
    const rows = await dataSource.getRepository(Challenge).find({ order: { position: 'ASC' } });
    return new ChallengeTaxonomy(new Map(rows.map((row) => [row.code, row])));
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
