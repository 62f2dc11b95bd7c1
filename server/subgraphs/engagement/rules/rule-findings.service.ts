import type { DataSource } from 'typeorm';
import { type AnalyticsFilter, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { assertSeesDataQuality, dataQualityScope } from '../../../contract/regions/quality-scope';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { checkRules } from '../../../contract/validation-rules/check-rules';
import { roundtableFacts } from '../../../contract/validation-rules/roundtable-facts';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { RULES_BY_CODE } from '../../../contract/validation-rules/rule-text';
import type { RuleFinding as Finding } from '../../../contract/validation-rules/validation-rule';
import { type Viewer } from '../../../core/auth/viewer';
import { badInput, errorText } from '../../../core/errors';
import type { PageInput } from '../../../core/paging';
import { SortDirection } from '../../../core/paging';
import type { Roundtable } from '../roundtable/roundtable.entity';
import { type RuleFactsRow, ruleFactsSql } from './rule-facts-sql';
import {
  apiFinding,
  type RoundtableRuleFinding,
  type RuleFinding,
  type RuleFindingOrder,
  type RuleFindingPage,
  type RuleFindingSortField,
  type RuleSeverity,
  roundtableFinding,
} from './rule-finding.types';
import type { RuleTextBook } from './rule-text-book';

export interface RuleFindingQuery {
  filter?: AnalyticsFilter | null;
  severity?: RuleSeverity | null;
  ruleCode?: string | null;
  page?: PageInput;
  orderBy: RuleFindingOrder;
}

const roundtableOf = ({
  attendance: _a,
  categories: _c,
  projectStartsOn: _s,
  projectEndsOn: _e,
  ...roundtable
}: RuleFactsRow): Roundtable => roundtable;

/** The findings of one stored roundtable: the rules over its published figures and the project's days. */
function findingsOf(row: RuleFactsRow): Finding[] {
  const project = row.projectStartsOn && row.projectEndsOn ? { startsOn: row.projectStartsOn, endsOn: row.projectEndsOn } : null;
  return checkRules(roundtableFacts(row, project));
}

const RULE_PLACE = new Map(ROUNDTABLE_RULES.map((rule, index) => [rule.code, index]));
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Listed = RoundtableRuleFinding;
const BY: Readonly<Record<'date' | 'region' | 'number' | 'rule' | 'ruleCode' | 'field', (a: Listed, b: Listed) => number>> = {
  date: (a, b) => compareText(a.roundtable.date, b.roundtable.date),
  region: (a, b) => compareText(a.roundtable.regionSlug, b.roundtable.regionSlug),
  number: (a, b) => a.roundtable.number - b.roundtable.number,
  // Within a roundtable, findings keep the rules' order, as a write's refusal lists them.
  rule: (a, b) => (RULE_PLACE.get(a.ruleCode) ?? 0) - (RULE_PLACE.get(b.ruleCode) ?? 0),
  ruleCode: (a, b) => compareText(a.ruleCode, b.ruleCode),
  field: (a, b) => compareText(a.field, b.field),
};
/** Each sort's keys: the first in the direction asked, the rest (ties) always ascending. */
const ORDER: Readonly<Record<RuleFindingSortField, (keyof typeof BY)[]>> = {
  DATE: ['date', 'region', 'number', 'rule', 'field'],
  REGION: ['region', 'date', 'number', 'rule', 'field'],
  RULE: ['ruleCode', 'date', 'region', 'number', 'field'],
};

function sorter(order: RuleFindingOrder): (a: Listed, b: Listed) => number {
  const [first, ...ties] = ORDER[order.field];
  const sign = order.direction === SortDirection.DESC ? -1 : 1;
  return (a, b) => {
    const primary = BY[first as keyof typeof BY](a, b) * sign;
    if (primary !== 0) return primary;
    for (const key of ties) {
      const tie = BY[key](a, b);
      if (tie !== 0) return tie;
    }
    return 0;
  };
}

/**
 * The validation rules (contract/validation-rules/) over stored roundtables: the roundtables in
 * scope are read in one statement, the rules evaluated here (they are json-logic, which SQL does
 * not speak), then the findings filtered, sorted and paged; their words are the rules' texts
 * held in memory (RuleTextBook), so no finding costs a query.
 */
export class RuleFindingsService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly texts: RuleTextBook,
  ) {}

  async page(viewer: Viewer, query: RuleFindingQuery): Promise<RuleFindingPage> {
    assertSeesDataQuality(viewer, 'ruleFindings');
    if (query.ruleCode && !RULES_BY_CODE.has(query.ruleCode)) {
      throw badInput(errorText('unknownRule', { code: query.ruleCode, known: [...RULES_BY_CODE.keys()].join(', ') }), {
        field: 'ruleCode',
      });
    }
    const params: unknown[] = [];
    const conditions = scopeConditions(await dataQualityScope(viewer, query.filter, this.regions), 'rt', params);
    const rows: RuleFactsRow[] = await this.db.query(ruleFactsSql(whereClause(conditions)), params);
    const listed: Listed[] = rows.flatMap((row) => {
      const roundtable = roundtableOf(row);
      return findingsOf(row)
        .filter(
          (finding) => (!query.severity || finding.severity === query.severity) && (!query.ruleCode || finding.ruleCode === query.ruleCode),
        )
        .map((finding) => roundtableFinding(finding, this.texts.get(finding.ruleCode), roundtable));
    });
    listed.sort(sorter(query.orderBy));
    const offset = query.page?.offset ?? 0;
    const limit = query.page?.limit ?? 50;
    return { totalCount: listed.length, rows: listed.slice(offset, offset + limit) };
  }

  /** The WARNING findings of each roundtable, by id, for Roundtable.warnings: one statement for every roundtable of a request. */
  async warnings(ids: readonly string[]): Promise<{ roundtableId: string; warnings: RuleFinding[] }[]> {
    const rows: RuleFactsRow[] = await this.db.query(ruleFactsSql('WHERE rt.id = ANY($1::uuid[])'), [ids]);
    return rows.map((row) => ({
      roundtableId: row.id,
      warnings: findingsOf(row)
        .filter((finding) => finding.severity === 'WARNING')
        .map((finding) => apiFinding(finding, this.texts.get(finding.ruleCode))),
    }));
  }
}
