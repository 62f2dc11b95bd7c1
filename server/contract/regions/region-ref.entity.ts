import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A subgraph's read-only copy of geography's region keys, for foreign keys and filters. */
@Entity({ name: 'region_ref' })
export class RegionRefRow {
  @PrimaryColumn({ type: 'text' })
  slug: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'boolean', default: false })
  illustrative: boolean;
}
