import { graphql } from '../../__generated__';
import type { EditingKey } from '../../app/i18n/messages/editing-en';
import type { MessageKey } from '../../app/i18n/messages/en';
import type { AuditedField } from '../../data/audit';

/**
 * The names of what a roundtable's fields hold by code: its categories, challenges and
 * organisations, for the form to offer and for its history to name. `$locale` is the asking
 * operation's own variable.
 */
export const ROUNDTABLE_CODE_NAMES = graphql(`
  fragment RoundtableCodeNames on Query {
    stakeholderCategories {
      code
      label(locale: $locale)
    }
    challenges {
      code
      label(locale: $locale)
    }
    organisations {
      slug
      name
    }
  }
`);

/** What each part of a roundtable is called on the page, in the form and in its history alike. */
export const ROUNDTABLE_FIELD_LABELS: Record<AuditedField, MessageKey | EditingKey> = {
  number: 'form.number',
  date: 'form.date',
  format: 'region.format',
  durationMinutes: 'form.duration',
  theme: 'region.theme',
  attendance: 'region.attendance',
  categories: 'region.categories',
  challenges: 'region.challenges',
  insights: 'region.insights',
  interests: 'region.interests',
  organisers: 'region.organisers',
  sources: 'region.sources',
};
