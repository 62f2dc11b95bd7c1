import { type DataSource, In } from 'typeorm';
import { Organisation } from './organisation.entity';

export class OrganisationService {
  constructor(private readonly db: DataSource) {}

  list(regionSlug?: string | null): Promise<Organisation[]> {
    const where = regionSlug ? { regionSlug } : {};
    return this.db.getRepository(Organisation).find({ where, order: { name: 'ASC' } });
  }

  findBySlugs(slugs: readonly string[]): Promise<Organisation[]> {
    return this.db.getRepository(Organisation).findBy({ slug: In([...slugs]) });
  }

  findByRegions(regionSlugs: readonly string[]): Promise<Organisation[]> {
    return this.db.getRepository(Organisation).find({ where: { regionSlug: In([...regionSlugs]) }, order: { name: 'ASC' } });
  }
}
