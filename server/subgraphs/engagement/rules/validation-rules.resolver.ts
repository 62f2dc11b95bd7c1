import { Arg, Query, Resolver } from 'type-graphql';
import { labelIn } from '../../../contract/languages';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { placeholdersOf } from '../../../contract/validation-rules/rule-text';
import { Cached } from '../../../core/cache-policy';
import { Locale } from '../../../core/locale';
import { ValidationRuleText } from './validation-rule.types';

/**
 * The validation rules' words, from their one definition (contract/validation-rules/), where they
 * are kept as code: each rule's words sit beside its expression, reviewed and released with it,
 * and a language added fails to type-check until every rule says it.
 */
@Resolver()
export class ValidationRulesResolver {
  @Cached('reference')
  @Query(() => [ValidationRuleText], {
    description: "Every validation rule a roundtable's figures are held to, with its title and message in the language asked for.",
  })
  validationRules(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): ValidationRuleText[] {
    return ROUNDTABLE_RULES.map((rule) => {
      const message = labelIn(rule.message, locale);
      return {
        code: rule.code,
        severity: rule.severity,
        field: rule.field,
        title: labelIn(rule.title, locale),
        message,
        placeholders: placeholdersOf(message),
      };
    });
  }
}
