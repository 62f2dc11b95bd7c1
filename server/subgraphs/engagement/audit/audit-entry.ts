import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction } from '../../../core/audit/audit-action';
import { Role } from '../../../core/auth/viewer';

@ObjectType({ description: 'One change to a record: who made it, when, and the record before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'When, as an ISO timestamp.' })
  at: string;

  @Field({ description: 'The user or service that made the change.' })
  actor: string;

  @Field()
  actorName: string;

  @Field(() => Role)
  actorRole: Role;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field({ description: 'The kind of record, e.g. Roundtable.' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field()
  regionSlug: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change; null for a creation.' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change; null for a deletion.' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}
