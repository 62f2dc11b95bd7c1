import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgeBand, Gender, ParticipationMode } from './participant-enums';

/** A pseudonymous participant: no name is stored; the pseudonym never leaves the server. */
@ObjectType({ description: 'A pseudonymous participant. No name or pseudonym is exposed.' })
@Entity({ name: 'participant' })
export class Participant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_slug', type: 'text' })
  regionSlug: string;

  @Column({ type: 'text' })
  pseudonym: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Field({ description: 'A refugee or migrant taking part.' })
  @Column({ type: 'boolean' })
  newcomer: boolean;

  @Field(() => Gender, { nullable: true })
  @Column({ type: 'text', nullable: true })
  gender: Gender | null;

  @Field(() => AgeBand, { nullable: true })
  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: AgeBand | null;

  @Column({ name: 'organisation_slug', type: 'text', nullable: true })
  organisationSlug: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update or deletion must quote it.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@Entity({ name: 'participation' })
export class Participation {
  @PrimaryColumn({ name: 'roundtable_id', type: 'uuid' })
  roundtableId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ type: 'text' })
  mode: ParticipationMode;
}
