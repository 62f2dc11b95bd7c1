import { Field, ObjectType } from 'type-graphql';
import { AuditEntryFields } from '../../../contract/audit/audit-entry-fields';

@ObjectType({ description: 'One change to an organisation: who made it, when, and the organisation before and after.' })
export class OrganisationAuditEntry extends AuditEntryFields {
  @Field(() => String, { nullable: true, description: 'Null for an organisation that works across regions.' })
  regionSlug: string | null;
}
