import { AGE_BANDS, GENDERS, MODES } from './sheet-rows';

/** A record as the counts read it: its own answers, and how it took part in this roundtable. */
export interface CountedRecord {
  newcomer: boolean;
  gender: string | null;
  ageBand: string | null;
  mode: string;
}

/** Where a record says nothing: counted apart, never as any gender or age band. */
export const NOT_RECORDED = 'NOT_RECORDED';

export interface CountPart {
  key: string;
  count: number;
}

export interface ParticipantCounts {
  total: number;
  byNewcomer: CountPart[];
  byGender: CountPart[];
  byAgeBand: CountPart[];
  byMode: CountPart[];
}

function countBy(records: readonly CountedRecord[], keys: readonly string[], keyOf: (record: CountedRecord) => string): CountPart[] {
  return keys.map((key) => ({ key, count: records.filter((record) => keyOf(record) === key).length }));
}

/**
 * The roundtable's records counted each way the indicators split them. Every part is listed, 0
 * included: every record is counted, so a 0 is known. "Not recorded" is listed only when some
 * record says nothing, so its absence says every record answered.
 */
export function participantCounts(records: readonly CountedRecord[]): ParticipantCounts {
  const withUnknown = (keys: readonly string[], field: 'gender' | 'ageBand') =>
    records.some((record) => !record[field]) ? [...keys, NOT_RECORDED] : keys;
  return {
    total: records.length,
    byNewcomer: countBy(records, ['NEWCOMER', 'OTHER'], (record) => (record.newcomer ? 'NEWCOMER' : 'OTHER')),
    byGender: countBy(records, withUnknown(GENDERS, 'gender'), (record) => record.gender ?? NOT_RECORDED),
    byAgeBand: countBy(records, withUnknown(AGE_BANDS, 'ageBand'), (record) => record.ageBand ?? NOT_RECORDED),
    byMode: countBy(records, MODES, (record) => record.mode),
  };
}
