import type { ParticipantsI18n } from '../../app/i18n/participants';
import type { Choice } from './ChoiceSelect';
import { AGE_BANDS, GENDERS, MODES } from './sheet-rows';

/** What a participant's cells offer, in the reader's language. */
export interface ParticipantChoices {
  categories: Choice[];
  /** The region's organisations and those working across regions. */
  organisations: Choice[];
  genders: Choice[];
  ageBands: Choice[];
  modes: Choice[];
  /** A code's name, for the list and the history: the choice's label, else the code itself. */
  categoryLabel(code: string): string;
  organisationName(slug: string): string;
}

interface Options {
  stakeholderCategories: readonly { code: string; label: string }[];
  organisations: readonly { slug: string; name: string; region: { slug: string } | null }[];
}

export function participantChoices(options: Options, region: string, t: ParticipantsI18n['t']): ParticipantChoices {
  const categories = options.stakeholderCategories.map((category) => ({ value: category.code, label: category.label }));
  const organisations = options.organisations
    .filter((organisation) => !organisation.region || organisation.region.slug === region)
    .map((organisation) => ({ value: organisation.slug, label: organisation.name }));
  const names = new Map(options.organisations.map((organisation) => [organisation.slug, organisation.name]));
  const labels = new Map(categories.map((category) => [category.value, category.label]));
  return {
    categories,
    organisations,
    genders: GENDERS.map((code) => ({ value: code, label: t(`participants.gender.${code}`) })),
    ageBands: AGE_BANDS.map((code) => ({ value: code, label: t(`participants.age.${code}`) })),
    modes: MODES.map((code) => ({ value: code, label: t(`participants.mode.${code}`) })),
    categoryLabel: (code) => labels.get(code) ?? code,
    organisationName: (slug) => names.get(slug) ?? t('participants.unknownOrganisation', { slug }),
  };
}
