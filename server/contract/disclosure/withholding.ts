import { Field, ObjectType } from 'type-graphql';
import { seesPublication, type Viewer } from '../../core/auth/viewer';
import { type EnumValue, graphqlEnum } from '../../core/enum-values';
import type { CountRange } from '../count-range';
import type { Withheld } from './disclosure-table';

/**
 * Why a count of people is not shown to FUNDER and PUBLIC. Every subgraph registers this one
 * enum, so their schemas cannot disagree on it.
 */
export const Withholding = graphqlEnum(
  'Withholding',
  {
    SMALL_COUNT: 'Fewer than k people (5 by default), or possibly so where the figure is a range.',
    PROTECTS_SMALL_COUNT:
      'Withheld so that a small count cannot be worked out from the figures shown: another one, or one inside this one.',
    NOT_PUBLISHED:
      'Not part of the publication: counts of people per roundtable, splits of splits, figures by format or over dates other than a reporting period.',
  },
  'Why a count of people is withheld from FUNDER and PUBLIC, who see a protected publication: no combination of its figures gives a withheld count back.',
);
export type Withholding = EnumValue<typeof Withholding>;

/** The label a protection decision is shown with. */
export const withholdingOf = (withheld: Withheld): Withholding =>
  withheld === 'SMALL' ? Withholding.SMALL_COUNT : Withholding.PROTECTS_SMALL_COUNT;

@ObjectType({ description: 'A count of this object withheld from this viewer, and why; the count itself is returned as null.' })
export class WithheldCount {
  @Field({ description: 'The name of the withheld field, e.g. "onsite".' })
  field: string;

  @Field(() => Withholding)
  reason: Withholding;
}

/** One wording for every type that lists its withheld counts, so clients read it the same way everywhere. */
export const WITHHELD_DESCRIPTION =
  'The counts of this object withheld from this viewer (FUNDER and PUBLIC), each returned as null, and why. ' +
  'A null not listed here is unknown, not withheld. Empty for roles that see counts as recorded.';

/** The withheld counts of an object, by field, from what each field was given. */
export function withheldList(counts: Readonly<Record<string, { withheld: Withholding | null }>>): WithheldCount[] {
  return Object.entries(counts).flatMap(([field, count]) => (count.withheld ? [{ field, reason: count.withheld }] : []));
}

/**
 * Counts of people the publication does not hold, as the viewer may see them: as recorded, or
 * for FUNDER and PUBLIC each known one null and NOT_PUBLISHED (an unknown one stays unknown).
 */
export function notPublishedFor<Counts extends Record<string, CountRange | null>>(
  viewer: Viewer,
  counts: Counts,
): Counts & { withheld: WithheldCount[] } {
  if (!seesPublication(viewer)) return { ...counts, withheld: [] };
  const shown = { ...counts } as Record<string, CountRange | null>;
  const withheld: WithheldCount[] = [];
  for (const [field, value] of Object.entries(counts)) {
    if (value === null) continue;
    shown[field] = null;
    withheld.push({ field, reason: Withholding.NOT_PUBLISHED });
  }
  return { ...(shown as Counts), withheld };
}
