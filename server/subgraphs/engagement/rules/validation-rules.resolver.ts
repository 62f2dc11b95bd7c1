import { Arg, Query, Resolver } from 'type-graphql';
import { labelIn, labelsInOrder } from '../../../contract/languages';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { placeholdersOf } from '../../../contract/validation-rules/rule-text';
import type { ValidationRule } from '../../../contract/validation-rules/validation-rule';
import { Cached } from '../../../core/cache-policy';
import { Locale } from '../../../core/locale';
import type { RuleTextBook, RuleTextRow } from './rule-text-book';
import { ValidationRuleText } from './validation-rule.types';

/** A rule as the API shows it: its logic's outline from the code, its words from the database. */
export const validationRuleText = (rule: ValidationRule, texts: RuleTextRow, locale: Locale): ValidationRuleText => ({
  code: rule.code,
  severity: rule.severity,
  field: rule.field,
  title: labelIn(texts.title, locale),
  message: labelIn(texts.message, locale),
  // English's: every language names the same ones (setValidationRuleTexts checks it).
  placeholders: placeholdersOf(texts.message.en),
  titles: labelsInOrder(texts.title),
  messages: labelsInOrder(texts.message),
  facts: [...rule.needs],
  version: texts.version,
});

/**
 * The validation rules: their logic from its one definition (contract/validation-rules/), their
 * words from the database (RuleTextBook, held in memory and edited by ADMIN).
 */
@Resolver()
export class ValidationRulesResolver {
  constructor(private readonly texts: RuleTextBook) {}

  @Cached('reference')
  @Query(() => [ValidationRuleText], {
    description:
      "Every validation rule a roundtable's figures are held to, with its title and message in the language asked for " +
      '(English where it has none), and in every language it is written in.',
  })
  validationRules(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): ValidationRuleText[] {
    return ROUNDTABLE_RULES.map((rule) => validationRuleText(rule, this.texts.get(rule.code), locale));
  }
}
