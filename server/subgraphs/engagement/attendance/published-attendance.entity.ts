import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Attendance as a source published it; each count is a (min, max) pair, or both null when unknown. */
@Entity({ name: 'published_attendance' })
export class PublishedAttendance {
  @PrimaryColumn({ name: 'roundtable_id', type: 'uuid' })
  roundtableId: string;

  @Column({ name: 'total_min', type: 'int', nullable: true }) totalMin: number | null;
  @Column({ name: 'total_max', type: 'int', nullable: true }) totalMax: number | null;
  @Column({ name: 'online_min', type: 'int', nullable: true }) onlineMin: number | null;
  @Column({ name: 'online_max', type: 'int', nullable: true }) onlineMax: number | null;
  @Column({ name: 'onsite_min', type: 'int', nullable: true }) onsiteMin: number | null;
  @Column({ name: 'onsite_max', type: 'int', nullable: true }) onsiteMax: number | null;
  @Column({ type: 'int', nullable: true }) organisations: number | null;
  @Column({ name: 'source_id', type: 'uuid', nullable: true }) sourceId: string | null;
}

/** A stakeholder category a source says was present, with its count where one was given. */
@Entity({ name: 'published_category' })
export class PublishedCategory {
  @PrimaryColumn({ name: 'roundtable_id', type: 'uuid' }) roundtableId: string;
  @PrimaryColumn({ name: 'category_code', type: 'text' }) categoryCode: string;
  @Column({ name: 'participants_min', type: 'int', nullable: true }) participantsMin: number | null;
  @Column({ name: 'participants_max', type: 'int', nullable: true }) participantsMax: number | null;
  @Column({ name: 'source_id', type: 'uuid', nullable: true }) sourceId: string | null;
}
