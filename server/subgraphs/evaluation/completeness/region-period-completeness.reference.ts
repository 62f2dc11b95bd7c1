import { badInput, errorText } from '../../../core/errors';
import type { RegionPeriodCompletenessRef } from './region-period-completeness.ref';

type Representation = { regionSlug?: unknown; periodCode?: unknown; recorded?: unknown; approved?: unknown };

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The row the gateway refers to, checked: engagement counts these, but one sent by anyone else
 * must be refused as bad input rather than give a rate of nonsense.
 */
export function checkedCompleteness({ regionSlug, periodCode, recorded, approved }: Representation): RegionPeriodCompletenessRef {
  for (const [field, value] of Object.entries({ recorded, approved })) {
    if (value !== undefined && !isCount(value)) {
      throw badInput(errorText('completenessNotACount', { field, value: JSON.stringify(value) ?? 'undefined' }));
    }
  }
  return {
    regionSlug: String(regionSlug),
    periodCode: String(periodCode),
    ...(recorded === undefined ? {} : { recorded: recorded as number }),
    ...(approved === undefined ? {} : { approved: approved as number }),
  };
}
