import { Field, ObjectType } from 'type-graphql';
import { AuditEntryFields } from '../../../contract/audit/audit-entry-fields';

@ObjectType({ description: 'One change to a record: who made it, when, and the record before and after.' })
export class AuditEntry extends AuditEntryFields {
  @Field(() => String, { nullable: true, description: 'Null for a change to the challenge taxonomy, which belongs to no region.' })
  regionSlug: string | null;
}
