import { Field, ObjectType } from 'type-graphql';
import { AuditEntryFields } from '../../../contract/audit/audit-entry-fields';

@ObjectType({ description: 'One change to a baseline or target: who made it, when, and the target before and after.' })
export class TargetAuditEntry extends AuditEntryFields {
  @Field(() => String, { nullable: true, description: 'Null for a target of every region.' })
  regionSlug: string | null;
}
