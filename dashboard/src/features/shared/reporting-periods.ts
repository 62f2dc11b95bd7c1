import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useI18n } from '../../app/i18n/i18n';

/** The reporting periods, whose bounds are the only dates the protected publication is made for. */
export const REPORTING_PERIODS = graphql(`
  query ReportingPeriods($locale: Locale!) {
    reportingPeriods {
      code
      kind
      start
      end
      label(locale: $locale)
    }
  }
`);

/**
 * A period as the pages that choose one show it, with its dates and what to know of it:
 * the indicators' and the report's queries spread it.
 */
export const REPORTING_PERIOD_FIELDS = graphql(`
  fragment ReportingPeriodFields on ReportingPeriod {
    code
    kind
    label(locale: $locale)
    start
    end
    note
  }
`);

/** The reporting periods in the reader's language; asked only when `needed`. */
export function useReportingPeriods(needed: boolean) {
  const { locale } = useI18n();
  const { data } = useQuery(REPORTING_PERIODS, { variables: { locale }, skip: !needed });
  return data?.reportingPeriods;
}
