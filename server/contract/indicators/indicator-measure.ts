import { registerEnumType } from 'type-graphql';

/**
 * The facts of engagement that an indicator counts. Evaluation defines indicators as a
 * numerator and, for shares, a denominator over these; engagement computes them. Both
 * subgraphs register this one enum, so their schemas cannot disagree on it.
 */
export enum IndicatorMeasure {
  ROUNDTABLES = 'ROUNDTABLES',
  PARTICIPANTS = 'PARTICIPANTS',
  NEWCOMER_PARTICIPANTS = 'NEWCOMER_PARTICIPANTS',
  ONSITE_PARTICIPANTS = 'ONSITE_PARTICIPANTS',
  KNOWN_MODE_PARTICIPANTS = 'KNOWN_MODE_PARTICIPANTS',
  CATEGORIES_REPRESENTED = 'CATEGORIES_REPRESENTED',
  ORGANISATIONS_ENGAGED = 'ORGANISATIONS_ENGAGED',
  CHALLENGE_MENTIONS = 'CHALLENGE_MENTIONS',
}
registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'A fact of the recorded roundtables that an indicator counts.',
  valuesConfig: {
    ROUNDTABLES: { description: 'Roundtables held, one per recorded roundtable.' },
    PARTICIPANTS: {
      description: 'Attendances: the people at each roundtable, added over roundtables (one person at two roundtables counts twice).',
    },
    NEWCOMER_PARTICIPANTS: { description: 'Attendances by refugees and migrants, known where participant records exist.' },
    ONSITE_PARTICIPANTS: { description: 'Attendances in person.' },
    KNOWN_MODE_PARTICIPANTS: { description: 'Attendances whose mode (online or onsite) is known.' },
    CATEGORIES_REPRESENTED: { description: 'Stakeholder categories present, each counted once.' },
    ORGANISATIONS_ENGAGED: { description: 'Organisations named as organiser or supporter, each counted once.' },
    CHALLENGE_MENTIONS: { description: 'Participation barriers raised, one per challenge per roundtable.' },
  },
});

/** Measures that count people: small values of these are withheld from aggregate-only viewers. */
export const PEOPLE_MEASURES: ReadonlySet<IndicatorMeasure> = new Set([
  IndicatorMeasure.PARTICIPANTS,
  IndicatorMeasure.NEWCOMER_PARTICIPANTS,
  IndicatorMeasure.ONSITE_PARTICIPANTS,
  IndicatorMeasure.KNOWN_MODE_PARTICIPANTS,
]);
