import { graphql } from '../../__generated__';
import type { RuleFindingSortField, RuleFindingsSection_FindingFragment } from '../../__generated__/graphql';
import type { QualityI18n } from '../../app/i18n/quality';
import { findingValues, type RuleWords, ruleMessage, ruleTitle } from '../../data/rule-messages';
import { OpenRecordLink } from './OpenRecordLink';
import type { PagedColumn } from './PagedTable';

// What the list of rule findings shows of each: the section's query spreads it.
export const RULE_FINDINGS_SECTION_FINDING = graphql(`
  fragment RuleFindingsSection_finding on RoundtableRuleFinding {
    ruleCode
    severity
    field
    message
    values {
      name
      value
    }
    roundtable {
      id
      number
      date
      region {
        slug
        name
      }
    }
  }
`);

export type ListedFinding = RuleFindingsSection_FindingFragment;
type Column = PagedColumn<ListedFinding, RuleFindingSortField>;

/**
 * The rule findings' columns: the record, how grave, which rule (and which category, for a rule
 * about each), and what to do, in the reader's language from the rules' words (`words`).
 * `categoryLabel` names a stakeholder category by its code.
 */
export function ruleFindingColumns(i18n: QualityI18n, words: RuleWords, categoryLabel: (code: string) => string): Column[] {
  const { t, format } = i18n;
  const rule = (row: ListedFinding) => {
    const category = findingValues(row.values).categoryCode;
    const title = ruleTitle(words, row.ruleCode);
    return category === undefined ? title : `${title}: ${categoryLabel(String(category))}`;
  };
  const message = (row: ListedFinding) => ruleMessage(words, format, row) ?? row.message;
  return [
    {
      label: t('column.region'),
      sort: 'REGION',
      cell: (row) => row.roundtable.region.name,
      value: (row) => row.roundtable.region.name,
    },
    {
      label: t('column.number'),
      numeric: true,
      cell: (row) => format.number(row.roundtable.number),
      value: (row) => row.roundtable.number,
    },
    {
      label: t('column.date'),
      sort: 'DATE',
      cell: (row) => <time dateTime={row.roundtable.date}>{format.date(row.roundtable.date)}</time>,
      value: (row) => row.roundtable.date,
    },
    {
      label: t('quality.rules.severity'),
      cell: (row) => (
        <span className={`rule-severity rule-${row.severity.toLowerCase()}`}>{t(`quality.rules.severity.${row.severity}`)}</span>
      ),
      value: (row) => row.severity,
    },
    { label: t('quality.rules.rule'), sort: 'RULE', cell: rule, value: rule },
    { label: t('quality.rules.column.message'), cell: message, value: message },
    {
      label: t('queue.record'),
      cell: (row) => <OpenRecordLink id={row.roundtable.id} number={row.roundtable.number} region={row.roundtable.region} />,
    },
  ];
}
