import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../__generated__';
import { KEEP_OFFLINE } from '../app/apollo';
import type { Locale } from '../app/i18n/locales';
import type { RuleWords } from './rule-messages';

const RULE_WORDS = graphql(`
  query RuleWords($locale: Locale!) {
    validationRules(locale: $locale) {
      code
      title
      message
    }
  }
`);

const NONE: RuleWords = new Map();

/**
 * The validation rules' words in the reader's language, as the API keeps them (an ADMIN edits
 * them on the Labels page), by rule code: empty until read. Kept on the device, so the form
 * says them offline too.
 */
export function useRuleWords(locale: Locale): RuleWords {
  const { data } = useQuery(RULE_WORDS, { variables: { locale }, context: KEEP_OFFLINE });
  return useMemo(() => (data?.validationRules ? new Map(data.validationRules.map((rule) => [rule.code, rule])) : NONE), [data]);
}
