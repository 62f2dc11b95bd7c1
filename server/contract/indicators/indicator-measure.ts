import { type EnumValue, graphqlEnum } from '../../core/enum-values';

/**
 * The facts of engagement that an indicator counts. Evaluation defines indicators as a
 * numerator and, for shares, a denominator over these; engagement computes them. Both
 * subgraphs register this one enum, so their schemas cannot disagree on it.
 */
export const IndicatorMeasure = graphqlEnum(
  'IndicatorMeasure',
  {
    ROUNDTABLES: 'Roundtables held, one per recorded roundtable.',
    PARTICIPANTS: 'Attendances: the people at each roundtable, added over roundtables (one person at two roundtables counts twice).',
    NEWCOMER_PARTICIPANTS: 'Attendances by refugees and migrants, known where participant records exist.',
    ONSITE_PARTICIPANTS: 'Attendances in person.',
    KNOWN_MODE_PARTICIPANTS: 'Attendances whose mode (online or onsite) is known.',
    CATEGORIES_REPRESENTED: 'Stakeholder categories present, each counted once.',
    ORGANISATIONS_ENGAGED: 'Organisations named as organiser or supporter, each counted once.',
    CHALLENGE_MENTIONS: 'Participation barriers raised, one per challenge per roundtable.',
  },
  'A fact of the recorded roundtables that an indicator counts.',
);
export type IndicatorMeasure = EnumValue<typeof IndicatorMeasure>;

/** Measures that count people: small values of these are withheld from aggregate-only viewers. */
export const PEOPLE_MEASURES: ReadonlySet<IndicatorMeasure> = new Set([
  IndicatorMeasure.PARTICIPANTS,
  IndicatorMeasure.NEWCOMER_PARTICIPANTS,
  IndicatorMeasure.ONSITE_PARTICIPANTS,
  IndicatorMeasure.KNOWN_MODE_PARTICIPANTS,
]);
