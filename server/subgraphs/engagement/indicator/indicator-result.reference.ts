import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import { RoundtableFormat } from '../../../contract/regions/roundtable-format';
import { badInput, errorText } from '../../../core/errors';
import { parseIsoDate } from '../../../core/validation';
import type { IndicatorResultRef } from './indicator-result.ref';

type Representation = { id?: unknown; numerator?: unknown; denominator?: unknown; scope?: Partial<Record<keyof IndicatorScope, unknown>> };

const MEASURES = new Set<unknown>(Object.values(IndicatorMeasure));
const FORMATS = new Set<unknown>(Object.values(RoundtableFormat));

const listOf = (value: unknown, field: string, allowed?: Set<unknown>): string[] | null => {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || (allowed && !allowed.has(item)))) {
    const text = allowed
      ? errorText('scopeNotAList', { field, allowed: [...allowed].join(', ') })
      : errorText('scopeNotAStringList', { field });
    throw badInput(text, { field });
  }
  // Sorted and each once, so one scope asked in two spellings is counted once.
  return [...new Set(value as string[])].sort();
};

/**
 * The result the gateway refers to, checked: evaluation builds these, but a malformed one
 * must be refused as bad input rather than reach SQL. Nulls in the scope mean "any".
 */
export function checkedReference(representation: Representation): IndicatorResultRef {
  const { id, numerator, denominator = null, scope } = representation;
  if (!MEASURES.has(numerator) || (denominator !== null && !MEASURES.has(denominator))) {
    throw badInput(errorText('notMeasures', { id: String(id), numerator: String(numerator), denominator: String(denominator) }));
  }
  if (!scope || typeof scope.from !== 'string' || typeof scope.to !== 'string') {
    throw badInput(errorText('resultWithoutScope', { id: String(id) }));
  }
  const from = parseIsoDate(scope.from, 'scope.from');
  const to = parseIsoDate(scope.to, 'scope.to');
  if (from > to) throw badInput(errorText('scopeFromAfterTo', { id: String(id), from, to }), { field: 'scope' });
  const illustrative = scope.illustrative ?? null;
  if (illustrative !== null && typeof illustrative !== 'boolean')
    throw badInput(errorText('scopeNotBoolean', { field: 'scope.illustrative' }));
  const approvedOnly = scope.approvedOnly ?? false;
  if (typeof approvedOnly !== 'boolean') throw badInput(errorText('scopeNotBoolean', { field: 'scope.approvedOnly' }));
  return {
    id: String(id),
    numerator: numerator as IndicatorMeasure,
    denominator: denominator as IndicatorMeasure | null,
    scope: {
      regions: listOf(scope.regions, 'scope.regions'),
      from,
      to,
      formats: listOf(scope.formats, 'scope.formats', FORMATS) as RoundtableFormat[] | null,
      illustrative,
      approvedOnly,
    },
  };
}
