import { createHash, randomBytes } from 'node:crypto';
import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../../core/enum-values';
import { UserAccount } from '../account/user-account.entity';

/** How long a link works: time to find the message it was sent in, not long enough to be forgotten in an inbox. */
export const LINK_VALID_HOURS = 72;
/** The dashboard's page that sets a password with a link; the secret follows `#`, which browsers never send to a server. */
export const LINK_PAGE = '/set-password';

export const PasswordLinkPurpose = graphqlEnum('PasswordLinkPurpose', {
  INVITATION: 'For someone invited, to set their first password.',
  RESET: 'For a user who lost their password, to set a new one.',
});
export type PasswordLinkPurpose = (typeof PasswordLinkPurpose)[keyof typeof PasswordLinkPurpose];

/** A new link's secret: 256 random bits, shown once. */
export const newLinkSecret = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret: its SHA-256 (the secret is random, so no salt or slow hash is needed). */
export const hashLinkSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

@ObjectType({
  description:
    'A one-time link to set a password, shown once to the ADMIN who made it, to pass on by any means (no mail is sent). ' +
    `It works once, for ${LINK_VALID_HOURS} hours; a newer link for the same user, or deactivating the user, voids it.`,
})
export class PasswordLink {
  @Field(() => PasswordLinkPurpose)
  purpose: PasswordLinkPurpose;

  @Field({ description: `The link's path and secret on the dashboard, e.g. "${LINK_PAGE}#..."; put the dashboard's address before it.` })
  path: string;

  @Field({ description: 'When it stops working, as an ISO timestamp.' })
  expiresAt: string;

  @Field(() => UserAccount, { description: 'The user whose password it sets.' })
  user: UserAccount;
}
