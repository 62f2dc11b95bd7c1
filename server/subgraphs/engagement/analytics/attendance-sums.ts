// The people of an attendance rollup (aliased a) added up by mode, in the min and the max: the same
// columns for a row per region and for one total, over per-region or per-roundtable rollups.
// In bigint: 21,475 roundtables at the most people one may record already pass 2^31.
export const ATTENDANCE_SUMS = `sum(a.online_min)::bigint AS online_min, sum(a.online_max)::bigint AS online_max,
              sum(a.onsite_min)::bigint AS onsite_min, sum(a.onsite_max)::bigint AS onsite_max,
              sum(a.unknown_mode_min)::bigint AS unknown_mode_min, sum(a.unknown_mode_max)::bigint AS unknown_mode_max,
              sum(a.total_min)::bigint AS total_min, sum(a.total_max)::bigint AS total_max`;
