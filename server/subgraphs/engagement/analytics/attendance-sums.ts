// The people of an attendance rollup (aliased a) added up by mode, in the min and the max: the same
// columns for a row per region and for one total, over per-region or per-roundtable rollups.
export const ATTENDANCE_SUMS = `sum(a.online_min)::int AS online_min, sum(a.online_max)::int AS online_max,
              sum(a.onsite_min)::int AS onsite_min, sum(a.onsite_max)::int AS onsite_max,
              sum(a.unknown_mode_min)::int AS unknown_mode_min, sum(a.unknown_mode_max)::int AS unknown_mode_max,
              sum(a.total_min)::int AS total_min, sum(a.total_max)::int AS total_max`;
