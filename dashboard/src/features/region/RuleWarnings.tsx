import { graphql } from '../../__generated__';
import type { RuleWarnings_RoundtableFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { ruleMessage, ruleTitle } from '../../data/rule-messages';
import { useRuleWords } from '../../data/rule-words';

// What the region page reads of a roundtable's warnings: RoundtableList_roundtable spreads it.
export const RULE_WARNINGS_ROUNDTABLE = graphql(`
  fragment RuleWarnings_roundtable on Roundtable {
    warnings {
      ruleCode
      message
      values {
        name
        value
      }
    }
  }
`);

/**
 * What the validation rules ask to check in a recorded roundtable, in the reader's language:
 * nothing when there is nothing, and nothing for FUNDER and PUBLIC, whose `warnings` is null.
 */
export function RuleWarnings({ roundtable }: { roundtable: RuleWarnings_RoundtableFragment }) {
  const { t, format, locale } = useEditingI18n();
  const words = useRuleWords(locale);
  if (!roundtable.warnings?.length) return null;
  const checks = roundtable.warnings.map(
    (warning) => `${ruleTitle(words, warning.ruleCode)}: ${ruleMessage(words, format, warning) ?? warning.message}`,
  );
  return <p className="rule-warnings">{t('form.savedWarnings', { warnings: checks.join('; ') })}</p>;
}
