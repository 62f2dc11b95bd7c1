import { groupedLoader, keyedLoader } from '../../../core/loader';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import type { RoundtableService } from './roundtable.service';
import type { RoundtableParts } from './roundtable-parts.service';

/** Every loader engagement's roundtable field resolvers use, made fresh for each request. */
export function roundtableLoaders(roundtables: RoundtableService, parts: RoundtableParts) {
  const notes = <T extends Insight | Interest | ChallengeMention>(entity: new () => T) =>
    groupedLoader(
      (ids: readonly string[]) => parts.notes(entity, ids),
      (row: T) => row.roundtableId,
    );
  return {
    roundtableById: keyedLoader(
      (ids: readonly string[]) => roundtables.findByIds(ids),
      (r) => r.id,
      null,
    ),
    roundtablesByRegion: groupedLoader(
      (slugs: readonly string[]) => roundtables.findByRegions(slugs),
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
    challengeMentions: notes(ChallengeMention),
    insights: notes(Insight),
    interests: notes(Interest),
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
