import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../core/auth/viewer';
import { AuditAction } from './audit-action';

/**
 * What every subgraph's audit entry says. Each subgraph declares its own entry type on top
 * of it, since each owns its audit trail and its region rule.
 */
@ObjectType()
export abstract class AuditEntryFields {
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

  @Field({ description: 'The kind of record, e.g. Roundtable or Organisation.' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change; null for a creation.' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change; null for a deletion.' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}
