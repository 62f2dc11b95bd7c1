import { keyedLoader } from '../../../core/loader';
import type { RuleFindingsService } from './rule-findings.service';

/** Roundtable.warnings for every roundtable of a request, in one statement. */
export function ruleFindingLoaders(ruleFindings: RuleFindingsService) {
  return {
    ruleWarnings: keyedLoader(
      (ids: readonly string[]) => ruleFindings.warnings(ids),
      (row) => row.roundtableId,
      null,
    ),
  };
}
