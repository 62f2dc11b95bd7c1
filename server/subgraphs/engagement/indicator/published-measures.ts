import { Disaggregation } from '../../../contract/indicators/disaggregation';
import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import type { Publication, PublishedCount, PublishedScope } from '../publication/publication';
import { agePart, categoryPart, FROM_PUBLICATIONS, genderPart, NOT_RECORDED, TOTAL } from '../publication/publication-parts';
import { PART_ORDER } from './breakdown-sql';

/** The parts of the publication each count of people an indicator can measure is made of. */
const MEASURE_PARTS: Partial<Record<IndicatorMeasure, readonly string[]>> = {
  [IndicatorMeasure.PARTICIPANTS]: [TOTAL],
  [IndicatorMeasure.NEWCOMER_PARTICIPANTS]: ['NEWCOMER'],
  [IndicatorMeasure.ONSITE_PARTICIPANTS]: ['ONSITE'],
  [IndicatorMeasure.KNOWN_MODE_PARTICIPANTS]: ['ONLINE', 'ONSITE'],
};

/** A count of people over a scope, as published. */
export function publishedMeasure(publication: Publication, scope: PublishedScope, measure: IndicatorMeasure): PublishedCount {
  const parts = MEASURE_PARTS[measure];
  if (!parts) throw new Error(`${measure} counts no people`);
  return parts.length === 1 ? publication.count(scope, parts[0] as string) : publication.sum(scope, parts);
}

/** The publication's part behind one part of a split of PARTICIPANTS, by the breakdown's key. */
export function publishedPart(by: Disaggregation, key: string): string {
  if (key === FROM_PUBLICATIONS) return FROM_PUBLICATIONS;
  switch (by) {
    case Disaggregation.MODE:
      return key === 'UNKNOWN' ? 'UNKNOWN_MODE' : key;
    case Disaggregation.NEWCOMER_STATUS:
      return key;
    case Disaggregation.GENDER:
      return genderPart(key);
    case Disaggregation.AGE_BAND:
      return agePart(key);
    case Disaggregation.STAKEHOLDER_CATEGORY:
      return categoryPart(key);
    default:
      throw new Error(`PARTICIPANTS has no split by ${by}`);
  }
}

/** Every part a split of a measure can have, present or not: what a split that is not published lists. */
export function partKeys(measure: IndicatorMeasure, by: Disaggregation): string[] {
  const recordsMayNotSay = by === Disaggregation.GENDER || by === Disaggregation.AGE_BAND ? [NOT_RECORDED] : [];
  // Newcomers are known from participant records only: no roundtable counted from publications counts any.
  const published = measure === IndicatorMeasure.NEWCOMER_PARTICIPANTS || by === Disaggregation.MODE ? [] : [FROM_PUBLICATIONS];
  return [...PART_ORDER[by], ...recordsMayNotSay, ...published];
}
