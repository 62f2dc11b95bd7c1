import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

export const OutlierMeasure = graphqlEnum(
  'OutlierMeasure',
  {
    PARTICIPANTS: 'People at the roundtable, in all.',
    ONLINE:
      'People who took part online. Where the split was not published, anything from those known to have been online to those plus everyone of unknown mode.',
    ONSITE: 'People who came in person; an unpublished split is read as for ONLINE.',
    ORGANISATIONS: 'Organisations represented.',
    DURATION_MINUTES: 'How long it lasted, in minutes.',
  },
  'A figure of a roundtable that is compared with its usual.',
);
export type OutlierMeasure = EnumValue<typeof OutlierMeasure>;

export const OutlierStatus = graphqlEnum(
  'OutlierStatus',
  {
    UNREVIEWED: 'No reviewer has marked the value, or it changed since it was marked.',
    CHECKED: 'A reviewer found the value right as recorded.',
    FOLLOW_UP: "A reviewer asked the region's coordinator to look at the value.",
  },
  'Where a flagged figure stands in review.',
);
export type OutlierStatus = EnumValue<typeof OutlierStatus>;

export const OutlierMark = graphqlEnum(
  'OutlierMark',
  {
    CHECKED: 'The value is right as recorded.',
    FOLLOW_UP: "The value needs the region's coordinator's attention.",
  },
  "A reviewer's mark on a flagged figure.",
);
export type OutlierMark = EnumValue<typeof OutlierMark>;

/**
 * The least and the most each measure can be, as a roundtable's figures allow (alias a: its
 * attendance rollup, rt: the roundtable): equal when exact, both NULL when unknown. The rollup
 * keeps people of unknown mode apart, so online and onsite may each be any of them too.
 */
export const MEASURE_BOUNDS: Readonly<Record<OutlierMeasure, readonly [string, string]>> = {
  PARTICIPANTS: ['a.total_min', 'a.total_max'],
  ONLINE: ['a.online_min', 'a.online_max + a.unknown_mode_max'],
  ONSITE: ['a.onsite_min', 'a.onsite_max + a.unknown_mode_max'],
  ORGANISATIONS: ['a.organisations', 'a.organisations'],
  DURATION_MINUTES: ['rt.duration_minutes', 'rt.duration_minutes'],
};

export const OUTLIER_MEASURES = Object.keys(MEASURE_BOUNDS) as OutlierMeasure[];
