import type { Viewer } from '../../../core/auth/viewer';
import { groupedLoader, keyedLoader } from '../../../core/loader';
import type { RoundtableService } from './roundtable.service';
import type { RoundtableParts } from './roundtable-parts.service';

/** Every loader engagement's roundtable field resolvers use, made fresh for each request. */
export function roundtableLoaders(roundtables: RoundtableService, parts: RoundtableParts, viewer: Viewer) {
  return {
    roundtableById: keyedLoader(
      (ids: readonly string[]) => roundtables.findByIds(viewer, ids),
      (r) => r.id,
      null,
    ),
    roundtablesByRegion: groupedLoader(
      (slugs: readonly string[]) => roundtables.findByRegions(viewer, slugs),
      (r) => r.regionSlug,
    ),
    attendance: keyedLoader(
      (ids: readonly string[]) => roundtables.attendance(ids),
      (a) => a.roundtableId,
      null,
    ),
    categories: groupedLoader(
      (ids: readonly string[]) => roundtables.categories(ids),
      (c) => c.roundtableId,
    ),
    organisers: groupedLoader(
      (ids: readonly string[]) => roundtables.organisers(ids),
      (o) => o.roundtableId,
    ),
    challengeMentions: groupedLoader(
      (ids: readonly string[]) => parts.challengeMentions(ids),
      (m) => m.roundtableId,
    ),
    insights: groupedLoader(
      (ids: readonly string[]) => parts.insights(ids),
      (n) => n.roundtableId,
    ),
    interests: groupedLoader(
      (ids: readonly string[]) => parts.interests(ids),
      (n) => n.roundtableId,
    ),
    sourceById: keyedLoader(
      (ids: readonly string[]) => parts.sourcesByIds(ids),
      (s) => s.id,
      null,
    ),
    sourcesByRoundtable: groupedLoader(
      (ids: readonly string[]) => parts.sourcesOf(ids),
      (s) => s.roundtableId,
    ),
    participations: groupedLoader(
      (ids: readonly string[]) => parts.participationsOf(ids),
      (row) => row.roundtableId,
    ),
  };
}
