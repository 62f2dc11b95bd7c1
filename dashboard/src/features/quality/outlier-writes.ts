import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../__generated__';
import type { OutlierMark, OutlierMeasure } from '../../__generated__/graphql';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';

/** A reviewer's mark on a flagged figure, for the value they read: refused when it changed since. */
export const MARK_OUTLIER = graphql(`
  mutation MarkOutlier($roundtableId: ID!, $measure: OutlierMeasure!, $status: OutlierMark!, $comment: String!, $seen: SeenValueInput!) {
    markOutlier(roundtableId: $roundtableId, measure: $measure, status: $status, comment: $comment, seen: $seen) {
      roundtableId
      measure
      status
    }
  }
`);

export interface Marked {
  roundtableId: string;
  measure: OutlierMeasure;
  value: { min: number; max: number };
}

/**
 * Marks a flagged figure and forgets what lists it (the flagged figures, the region page's
 * roundtables), so every list on screen asks again and shows the mark.
 */
export function useMarkOutlier(): {
  mark: (flag: Marked, status: OutlierMark, comment: string) => Promise<{ marked: true } | { refusal: WriteRefusal }>;
  reload: () => void;
} {
  const client = useApolloClient();
  const mark = useCallback(
    async (flag: Marked, status: OutlierMark, comment: string) => {
      try {
        await client.mutate({
          mutation: MARK_OUTLIER,
          // The value as read, without the __typename the cache adds to it: an input type has no such field.
          variables: {
            roundtableId: flag.roundtableId,
            measure: flag.measure,
            status,
            comment,
            seen: { min: flag.value.min, max: flag.value.max },
          },
          update: forgetRoundtableFigures,
        });
        return { marked: true as const };
      } catch (error) {
        return { refusal: readWriteRefusal(error) };
      }
    },
    [client],
  );
  const reload = useCallback(() => forgetRoundtableFigures(client.cache), [client]);
  return { mark, reload };
}
