import type { FieldProblem } from '../../data/api-errors';
import type { IndicatorUnit } from './indicator-format';

/** A baseline and target as set, with the version a change must quote. */
export interface StoredTarget {
  id: string;
  indicatorCode: string;
  /** Null: the target of every region without one of its own. */
  regionSlug?: string | null;
  periodCode: string;
  baseline?: number | null;
  target?: number | null;
  source?: string | null;
  note?: string | null;
  version: number;
  /** When it last changed, as an ISO timestamp. */
  updatedAt?: string;
}

/** The form as typed: amounts as text (a share as a percentage), '' for every region. */
export interface TargetFormValues {
  region: string;
  period: string;
  baseline: string;
  target: string;
  source: string;
  note: string;
}

export const EVERY_REGION = '';

export function findTarget(
  targets: readonly StoredTarget[],
  indicatorCode: string,
  region: string,
  period: string,
): StoredTarget | undefined {
  return targets.find(
    (target) => target.indicatorCode === indicatorCode && (target.regionSlug ?? EVERY_REGION) === region && target.periodCode === period,
  );
}

/** An amount as the form shows it: a share as a percentage (0.4 → "40"), a count as it is. */
export function amountText(amount: number | null | undefined, unit: IndicatorUnit): string {
  if (amount === null || amount === undefined) return '';
  return String(unit === 'SHARE' ? Number((amount * 100).toFixed(6)) : amount);
}

/** The form for a region and period: what is set there, or empty boxes for a new target. */
export function formValuesFor(stored: StoredTarget | undefined, region: string, period: string, unit: IndicatorUnit): TargetFormValues {
  return {
    region,
    period,
    baseline: amountText(stored?.baseline, unit),
    target: amountText(stored?.target, unit),
    source: stored?.source ?? '',
    note: stored?.note ?? '',
  };
}

/** "12", "0,4" (a decimal comma, as Spanish writes it) or "" for none; undefined when it is not a number. */
export function parseAmount(text: string, unit: IndicatorUnit): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const amount = Number(trimmed);
  return unit === 'SHARE' ? Number((amount / 100).toFixed(8)) : amount;
}

export interface SetTargetInput {
  indicator: string;
  region?: string;
  period: string;
  baseline: number | null;
  target: number | null;
  source: string | null;
  note: string | null;
  version?: number;
}

/**
 * The API's input for the form, or the boxes that do not hold a number. Everything else
 * (a share above 100 %, a count with decimals, neither figure given) is the API's to
 * check, so its words reach the person unchanged.
 */
export function targetInput(
  values: TargetFormValues,
  indicatorCode: string,
  unit: IndicatorUnit,
  version: number | undefined,
  notANumber: string,
): { input: SetTargetInput } | { problems: FieldProblem[] } {
  const baseline = parseAmount(values.baseline, unit);
  const target = parseAmount(values.target, unit);
  const problems = [
    ...(baseline === undefined ? [{ field: 'baseline', message: notANumber }] : []),
    ...(target === undefined ? [{ field: 'target', message: notANumber }] : []),
  ];
  if (baseline === undefined || target === undefined) return { problems };
  const text = (value: string) => value.trim() || null;
  return {
    input: {
      indicator: indicatorCode,
      ...(values.region === EVERY_REGION ? {} : { region: values.region }),
      period: values.period,
      baseline,
      target,
      source: text(values.source),
      note: text(values.note),
      ...(version === undefined ? {} : { version }),
    },
  };
}
