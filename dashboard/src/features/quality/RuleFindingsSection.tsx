import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { RuleFindingSortField, RuleSeverity } from '../../__generated__/graphql';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useQualityI18n } from '../../app/i18n/quality';
import { ruleTitles } from '../../data/rule-messages';
import { useRuleWords } from '../../data/rule-words';
import { ErrorState, Loading } from '../../ui/States';
import { PagedTable } from './PagedTable';
import { usePaging } from './paging';
import { ruleFindingColumns } from './RuleFindingColumns';

const RULE_FINDINGS = graphql(`
  query RuleFindings(
    $filter: AnalyticsFilter
    $ruleSeverity: RuleSeverity
    $ruleCode: String
    $page: PageInput
    $ruleOrder: RuleFindingOrder
    $locale: Locale!
  ) {
    ruleFindings(filter: $filter, severity: $ruleSeverity, ruleCode: $ruleCode, page: $page, orderBy: $ruleOrder) {
      totalCount
      rows {
        ...RuleFindingsSection_finding
      }
    }
    stakeholderCategories {
      code
      label(locale: $locale)
    }
  }
`);

const SEVERITIES: readonly RuleSeverity[] = ['ERROR', 'WARNING'];

/**
 * The records in scope that break a validation rule, a page at a time: errors (kept from before
 * a rule: a new entry breaking one is refused) and warnings, each linked to its roundtable and
 * filtered by severity or rule. `filter` is the page's scope.
 */
export function RuleFindingsSection({ filter }: { filter: AnalyticsFilterInput | undefined }) {
  const i18n = useQualityI18n();
  const { t, locale } = i18n;
  const words = useRuleWords(locale);
  const client = useApolloClient();
  const [severity, setSeverity] = useState<RuleSeverity | null>(null);
  const [ruleCode, setRuleCode] = useState<string | null>(null);
  const paging = usePaging<RuleFindingSortField>('DATE');
  const variables = { filter, ruleSeverity: severity, ruleCode, page: paging.page, ruleOrder: paging.orderBy, locale };
  const { data, previousData, error, loading, refetch } = useQuery(RULE_FINDINGS, { variables });
  // While the next page loads, the last one stays, so the table does not jump.
  const shown = data ?? previousData;
  const page = shown?.ruleFindings;
  const categories = new Map((shown?.stakeholderCategories ?? []).map((category) => [category.code, category.label]));
  const fetchPage = async (pageAsked: { offset: number; limit: number }) =>
    (await client.query({ query: RULE_FINDINGS, variables: { ...variables, page: pageAsked }, fetchPolicy: 'network-only' })).data
      ?.ruleFindings ?? { totalCount: 0, rows: [] };

  return (
    <section id="rule-findings" aria-labelledby="rule-findings-title" className="quality-section">
      <h2 id="rule-findings-title">{t('quality.rules.title')}</h2>
      <p>{t('quality.rules.intro')}</p>
      <div className="toolbar rule-filters">
        <label>
          {t('quality.rules.severity')}{' '}
          <select
            value={severity ?? ''}
            onChange={(event) => {
              setSeverity((event.target.value || null) as RuleSeverity | null);
              paging.setOffset(0);
            }}
          >
            <option value="">{t('quality.rules.anySeverity')}</option>
            {SEVERITIES.map((each) => (
              <option key={each} value={each}>
                {t(`quality.rules.severity.${each}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('quality.rules.rule')}{' '}
          <select
            value={ruleCode ?? ''}
            onChange={(event) => {
              setRuleCode(event.target.value || null);
              paging.setOffset(0);
            }}
          >
            <option value="">{t('quality.rules.anyRule')}</option>
            {ruleTitles(words).map((rule) => (
              <option key={rule.code} value={rule.code}>
                {rule.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !page && <Loading />}
      {page && (
        <PagedTable
          caption={t('quality.rules.title')}
          className="rule-findings"
          columns={ruleFindingColumns(i18n, words, (code) => categories.get(code) ?? code)}
          page={page}
          paging={paging}
          rowKey={(row) => `${row.roundtable.id} ${row.ruleCode} ${row.field}`}
          fetchPage={fetchPage}
          filename={t('quality.rules.file')}
        />
      )}
    </section>
  );
}
