import { type DataSource, In } from 'typeorm';
import { parseCountryCodes } from '../../../core/validation';
import { Region } from './region.entity';

export class RegionService {
  constructor(private readonly db: DataSource) {}

  list(countries?: readonly string[] | null): Promise<Region[]> {
    const where = countries ? { country: In(parseCountryCodes(countries, 'countries')) } : {};
    return this.db.getRepository(Region).find({ where, order: { country: 'ASC', name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<Region | null> {
    return this.db.getRepository(Region).findOneBy({ slug });
  }

  findBySlugs(slugs: readonly string[]): Promise<Region[]> {
    return this.db.getRepository(Region).findBy({ slug: In([...slugs]) });
  }
}
