import type { ApolloCache, ApolloClient } from '@apollo/client';
import { graphql } from '../../__generated__';
import type { LocalizedTextInput } from '../../__generated__/graphql';
import type { LabelKind, TextPart } from './label-rows';

/** Every taxonomy entry an ADMIN may name, with its texts in every language written and the version to quote. */
export const TAXONOMY_LABELS = graphql(`
  query TaxonomyLabels {
    stakeholderCategories {
      code
      version
      labels { locale text }
    }
    challenges {
      code
      version
      labels { locale text }
    }
    indicators {
      code
      version
      labels { locale text }
      descriptions { locale text }
    }
    reportingPeriods {
      code
      version
      labels { locale text }
    }
    validationRules {
      code
      version
      placeholders
      titles { locale text }
      messages { locale text }
    }
  }
`);

const SET_CATEGORY_LABELS = graphql(`
  mutation SetCategoryLabels($code: String!, $expectedVersion: Int!, $labels: [LocalizedTextInput!]!) {
    setCategoryLabels(code: $code, expectedVersion: $expectedVersion, labels: $labels) {
      code
      version
    }
  }
`);

const SET_CHALLENGE_LABELS = graphql(`
  mutation SetChallengeLabels($code: String!, $expectedVersion: Int!, $labels: [LocalizedTextInput!]!) {
    setChallengeLabels(code: $code, expectedVersion: $expectedVersion, labels: $labels) {
      code
      version
    }
  }
`);

const SET_INDICATOR_LABELS = graphql(`
  mutation SetIndicatorLabels(
    $code: String!
    $expectedVersion: Int!
    $labels: [LocalizedTextInput!]!
    $descriptions: [LocalizedTextInput!]
  ) {
    setIndicatorLabels(code: $code, expectedVersion: $expectedVersion, labels: $labels, descriptions: $descriptions) {
      code
      version
    }
  }
`);

const SET_PERIOD_LABELS = graphql(`
  mutation SetReportingPeriodLabels($code: String!, $expectedVersion: Int!, $labels: [LocalizedTextInput!]!) {
    setReportingPeriodLabels(code: $code, expectedVersion: $expectedVersion, labels: $labels) {
      code
      version
    }
  }
`);

const SET_VALIDATION_RULE_TEXTS = graphql(`
  mutation SetValidationRuleTexts(
    $code: String!
    $expectedVersion: Int!
    $titles: [LocalizedTextInput!]!
    $messages: [LocalizedTextInput!]!
  ) {
    setValidationRuleTexts(code: $code, expectedVersion: $expectedVersion, titles: $titles, messages: $messages) {
      code
      version
    }
  }
`);

/** The root fields the Labels page reads: kept, and read again, after a change. */
const LABELS_PAGE_FIELDS = new Set(['stakeholderCategories', 'challenges', 'indicators', 'reportingPeriods', 'validationRules']);

/** The cache's type of a kind whose entries it keeps by code (apollo.ts); indicators and periods it keeps inside the answers. */
const KEPT_BY_CODE: Partial<Record<LabelKind, string>> = { category: 'StakeholderCategory', challenge: 'Challenge' };

/**
 * Forgets every label the cache holds of what changed. A category's or a challenge's is a field
 * of the one object the cache keeps for it; an indicator's or a period's is copied into every
 * answer that names it (charts, results, reports, closed periods), so every other answer is
 * forgotten: a label change is rare, and each page asks again for what it shows. The rules' words
 * other pages read in a language (`validationRules(locale: ...)`) go too.
 */
function forgetLabels(cache: ApolloCache, kind: LabelKind, code: string): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: (value, { fieldName, storeFieldName, DELETE }) =>
      LABELS_PAGE_FIELDS.has(fieldName) && storeFieldName === fieldName ? value : DELETE,
  });
  const typename = KEPT_BY_CODE[kind];
  if (typename) cache.evict({ id: cache.identify({ __typename: typename, code }), fieldName: 'label' });
  cache.gc();
}

export interface LabelsChange {
  kind: LabelKind;
  code: string;
  expectedVersion: number;
  /** Each part of the kind in every language (localizedInput): a label, an indicator's description, a rule's title and message. */
  texts: Partial<Record<TextPart, LocalizedTextInput[]>>;
}

/** Sets an entry's texts in every language through its kind's mutation; the API's refusal is thrown as it came. */
export async function saveLabels(client: ApolloClient, { kind, code, expectedVersion, texts }: LabelsChange): Promise<void> {
  const update = (cache: ApolloCache) => forgetLabels(cache, kind, code);
  const variables = { code, expectedVersion, labels: texts.label ?? [] };
  const descriptions = texts.description;
  switch (kind) {
    case 'category':
      await client.mutate({ mutation: SET_CATEGORY_LABELS, variables, update });
      return;
    case 'challenge':
      await client.mutate({ mutation: SET_CHALLENGE_LABELS, variables, update });
      return;
    case 'indicator':
      await client.mutate({ mutation: SET_INDICATOR_LABELS, variables: { ...variables, descriptions }, update });
      return;
    case 'period':
      await client.mutate({ mutation: SET_PERIOD_LABELS, variables, update });
      return;
    case 'rule':
      await client.mutate({
        mutation: SET_VALIDATION_RULE_TEXTS,
        variables: { code, expectedVersion, titles: texts.title ?? [], messages: texts.message ?? [] },
        update,
      });
      return;
  }
}
