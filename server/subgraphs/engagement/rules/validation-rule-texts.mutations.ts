import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { RULES_BY_CODE } from '../../../contract/validation-rules/rule-text';
import type { ValidationRule } from '../../../contract/validation-rules/validation-rule';
import { Locale, LocalizedTextInput } from '../../../core/locale';
import type { EngagementContext } from '../engagement.context';
import type { RuleTextsWriter } from './rule-texts-write';
import { ValidationRuleText } from './validation-rule.types';
import { validationRuleText } from './validation-rules.resolver';

@Resolver()
export class ValidationRuleTextsMutations {
  constructor(private readonly writer: RuleTextsWriter) {}

  @Mutation(() => ValidationRuleText, {
    description:
      "Sets a validation rule's title and message in every language at once (ADMIN): English required, each language at most once; " +
      "a language left out is shown in English. Every language's message names exactly the English message's placeholders, " +
      'which are facts the rule reads. Audited; every read after it (validationRules, findings, warnings, the import) says the new words.',
  })
  async setValidationRuleTexts(
    @Arg('code', { description: 'The rule, e.g. DURATION_PLAUSIBLE.' }) code: string,
    @Arg('titles', () => [LocalizedTextInput]) titles: LocalizedTextInput[],
    @Arg('messages', () => [LocalizedTextInput]) messages: LocalizedTextInput[],
    @Arg('expectedVersion', () => Int, { description: 'The version read; another change since is a CONFLICT.' }) expectedVersion: number,
    @Ctx() ctx: EngagementContext,
    @Arg('locale', () => Locale, { defaultValue: Locale.en, description: "The language of the answer's title and message." })
    locale: Locale,
  ): Promise<ValidationRuleText> {
    const written = await this.writer.set(ctx, code, expectedVersion, { titles, messages });
    // The writer refused a code that is no rule.
    return validationRuleText(RULES_BY_CODE.get(code) as ValidationRule, written, locale);
  }
}
