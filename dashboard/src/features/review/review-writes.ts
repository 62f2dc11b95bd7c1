import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../__generated__';
import type { RecordVersionInput, ReviewAction } from '../../__generated__/graphql';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';

/**
 * One review step for one or many roundtables, each at the version its reviewer read: all are
 * taken or none. What comes back updates the cached roundtables by id.
 */
export const REVIEW_ROUNDTABLES = graphql(`
  mutation ReviewRoundtables($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) {
    reviewRoundtables(action: $action, records: $records, comment: $comment) {
      id
      number
      version
      reviewState
      reviewComment
    }
  }
`);

export type ReviewOutcome = { reviewed: number } | { refusal: WriteRefusal };

/**
 * Takes a review step and forgets what it may have changed (lists, counts, figures: approving
 * and reopening change what is counted), so every page on screen asks again.
 */
export function useReviewStep(): {
  take: (action: ReviewAction, records: RecordVersionInput[], comment?: string) => Promise<ReviewOutcome>;
  reload: () => void;
} {
  const client = useApolloClient();
  const take = useCallback(
    async (action: ReviewAction, records: RecordVersionInput[], comment?: string): Promise<ReviewOutcome> => {
      try {
        const { data } = await client.mutate({
          mutation: REVIEW_ROUNDTABLES,
          variables: { action, records, comment },
          update: forgetRoundtableFigures,
        });
        return { reviewed: data?.reviewRoundtables.length ?? 0 };
      } catch (error) {
        return { refusal: readWriteRefusal(error) };
      }
    },
    [client],
  );
  const reload = useCallback(() => forgetRoundtableFigures(client.cache), [client]);
  return { take, reload };
}
