import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../__generated__';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';

const CLOSE_REPORTING_PERIOD = graphql(`
  mutation CloseReportingPeriod($period: String!, $reason: String!) {
    closeReportingPeriod(period: $period, reason: $reason) {
      periodCode
    }
  }
`);

const REOPEN_REPORTING_PERIOD = graphql(`
  mutation ReopenReportingPeriod($period: String!, $reason: String!) {
    reopenReportingPeriod(period: $period, reason: $reason)
  }
`);

export type PeriodChange = 'close' | 'reopen';
export type PeriodChangeOutcome = { done: true } | { refusal: WriteRefusal };

/**
 * Which periods are closed is read by the reviewers' list and by the roundtable form: forgetting
 * it makes each that is on screen ask again, and the others when they are next shown.
 */
export function forgetClosedPeriods(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'closedPeriods' });
  cache.gc();
}

/** Closes a reporting period to changes, or reopens it, with the reason the API requires. */
export function usePeriodChange(): {
  change: (change: PeriodChange, period: string, reason: string) => Promise<PeriodChangeOutcome>;
  reload: () => void;
} {
  const client = useApolloClient();
  const change = useCallback(
    async (change: PeriodChange, period: string, reason: string): Promise<PeriodChangeOutcome> => {
      try {
        const variables = { period, reason };
        if (change === 'close') await client.mutate({ mutation: CLOSE_REPORTING_PERIOD, variables, update: forgetClosedPeriods });
        else await client.mutate({ mutation: REOPEN_REPORTING_PERIOD, variables, update: forgetClosedPeriods });
        return { done: true };
      } catch (error) {
        return { refusal: readWriteRefusal(error) };
      }
    },
    [client],
  );
  const reload = useCallback(() => forgetClosedPeriods(client.cache), [client]);
  return { change, reload };
}
