import { AgeBand, Gender } from '../participant/participant-enums';

/**
 * The counts of people a cell of the publication holds for one place and time: the total and
 * the ways it splits. Each split adds up to the total exactly, in the min and in the max:
 * - by mode: ONLINE + ONSITE + UNKNOWN_MODE;
 * - by newcomer status, gender and age band: the participant records' parts, a NOT_RECORDED
 *   part for records that do not say (gender, age band), and FROM_PUBLICATIONS, the people of
 *   roundtables counted from their published figures, which say nothing of any of these;
 * - by stakeholder category: the categories as counted or published, which add up to the total
 *   where counted from records; published category counts need not (see categoryRelation).
 */
export const TOTAL = 'TOTAL';
export const FROM_PUBLICATIONS = 'FROM_PUBLICATIONS';
export const NOT_RECORDED = 'NOT_RECORDED';
export const MODE_PARTS = ['ONLINE', 'ONSITE', 'UNKNOWN_MODE'] as const;
export const NEWCOMER_PARTS = ['NEWCOMER', 'OTHER'] as const;

export const genderPart = (gender: string) => `GENDER:${gender}`;
export const agePart = (band: string) => `AGE:${band}`;
export const categoryPart = (code: string) => `CATEGORY:${code}`;
export const GENDER_PARTS = [...Object.values(Gender), NOT_RECORDED].map(genderPart);
export const AGE_PARTS = [...Object.values(AgeBand), NOT_RECORDED].map(agePart);

/** Splits whose parts come from participant records only: known where a cell has records. */
export const RECORD_PARTS: ReadonlySet<string> = new Set([...NEWCOMER_PARTS, ...GENDER_PARTS, ...AGE_PARTS]);

/** The splits of the total whose parts, with FROM_PUBLICATIONS, add up to it. */
export const RECORD_SPLITS: readonly (readonly string[])[] = [NEWCOMER_PARTS, GENDER_PARTS, AGE_PARTS];
