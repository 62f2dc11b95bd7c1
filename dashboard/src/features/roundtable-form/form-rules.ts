import { checkRules } from '../../../../server/contract/validation-rules/check-rules';
import { type ProjectSpan, roundtableFacts, ruleContentFromInput } from '../../../../server/contract/validation-rules/roundtable-facts';
import type { RuleFinding } from '../../../../server/contract/validation-rules/validation-rule';
import { formFieldOf, type RoundtableFormValues, toRoundtableInput } from './form-values';

// Words are needed only for the problems toRoundtableInput finds, which the rules leave to the submit.
const UNUSED_WORDS = { required: '', wholeNumber: '' };

/**
 * The validation rules over what the form holds now, as the API will run them on saving: the
 * same input, made into the same facts and checked by the same definition. A count not yet a
 * whole number is unknown, so the rules reading it wait. Each finding is named by the form's
 * field (`categories.NGO.participants`), to be shown beside it.
 */
export function formRuleFindings(values: RoundtableFormValues, project: ProjectSpan | null): RuleFinding[] {
  const { input, sent } = toRoundtableInput(values, UNUSED_WORDS);
  return checkRules(roundtableFacts(ruleContentFromInput(input), project)).map((finding) => ({
    ...finding,
    field: formFieldOf(finding.field, sent),
  }));
}
