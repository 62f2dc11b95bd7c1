import { useApolloClient } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../../__generated__';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { readWriteRefusal } from '../../data/api-errors';
import type { IndicatorInfo, PeriodInfo } from './indicator-types';
import { TargetField } from './TargetField';
import { type Outcome, TargetOutcome } from './TargetOutcome';
import { forgetIndicatorFigures } from './target-cache';
import { EVERY_REGION, findTarget, formValuesFor, type StoredTarget, type TargetFormValues, targetInput } from './target-form';
import { type TargetWarningData, warningText } from './warning-text';

// A target as the editor loads it, with the version a change must quote.
export const TARGET_EDITOR_TARGET = graphql(`
  fragment TargetEditor_target on IndicatorTarget {
    id
    indicatorCode
    regionSlug
    periodCode
    baseline
    target
    source
    note
    version
    updatedAt
  }
`);

/**
 * Baselines and targets as set, with their versions, and what does not add up (evaluators):
 * the page asks it, and the editor again when someone else has saved meanwhile.
 */
export const INDICATOR_TARGETS = graphql(`
  query IndicatorTargets {
    indicatorTargets {
      ...TargetEditor_target
    }
    indicatorTargetWarnings {
      ...TargetWarnings_warning
    }
  }
`);

const SET_INDICATOR_TARGET = graphql(`
  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      target {
        ...TargetEditor_target
      }
      warnings {
        ...TargetWarnings_warning
      }
    }
  }
`);

/**
 * A baseline and target for one region (or the default for every region) and one period.
 * The version read is quoted on saving: if someone has saved since, the API refuses and
 * nothing of theirs is lost. Shares are typed as percentages.
 */
export function TargetEditor({
  indicator,
  regions,
  periods,
  targets,
  initialPeriod,
}: {
  indicator: IndicatorInfo;
  regions: readonly { slug: string; name: string }[];
  periods: readonly PeriodInfo[];
  targets: readonly StoredTarget[];
  initialPeriod: string;
}) {
  const i18n = useIndicatorsI18n();
  const { t, format } = i18n;
  const client = useApolloClient();
  const id = useId();
  const load = (from: readonly StoredTarget[], region: string, period: string) => {
    const stored = findTarget(from, indicator.code, region, period);
    return { values: formValuesFor(stored, region, period, indicator.unit), stored };
  };
  const [loaded, setLoaded] = useState(() => load(targets, EVERY_REGION, initialPeriod));
  const [values, setValues] = useState<TargetFormValues>(loaded.values);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [working, setWorking] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const choose = (from: readonly StoredTarget[], region: string, period: string) => {
    const next = load(from, region, period);
    setLoaded(next);
    setValues(next.values);
  };
  const change = (field: keyof TargetFormValues) => (value: string) => setValues({ ...values, [field]: value });
  const reload = async () => {
    const { data } = await client.query({ query: INDICATOR_TARGETS, fetchPolicy: 'network-only' });
    choose(data?.indicatorTargets ?? [], values.region, values.period);
    setOutcome(null);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setAttempt(attempt + 1);
    const built = targetInput(values, indicator.code, indicator.unit, loaded.stored?.version, t('indicators.targets.notANumber'));
    if ('problems' in built) {
      setOutcome({ kind: 'notNumbers', problems: built.problems });
      return;
    }
    setWorking(true);
    try {
      const { data } = await client.mutate({
        mutation: SET_INDICATOR_TARGET,
        variables: { input: built.input },
        update: forgetIndicatorFigures,
      });
      const saved = data?.setIndicatorTarget;
      if (!saved) return;
      setLoaded({ values, stored: saved.target });
      const region = regions.find((candidate) => candidate.slug === values.region)?.name ?? t('indicators.targets.everyRegion');
      const period = periods.find((candidate) => candidate.code === values.period)?.label ?? values.period;
      setOutcome({
        kind: 'saved',
        message: t('indicators.targets.saved', { indicator: indicator.label, region, period, version: saved.target.version }),
        warnings: saved.warnings,
      });
    } catch (error) {
      setOutcome({ kind: 'refused', refusal: readWriteRefusal(error) });
    } finally {
      setWorking(false);
    }
  };

  const problems = (field: string): string[] => {
    if (outcome?.kind === 'notNumbers') return outcome.problems.filter((p) => p.field === field).map((p) => p.message);
    if (outcome?.kind === 'refused' && outcome.refusal.kind === 'problems') {
      return outcome.refusal.problems.filter((p) => p.field === field).map((p) => p.message);
    }
    return [];
  };
  const amountHint = indicator.unit === 'SHARE' ? t('indicators.targets.percentHint') : undefined;
  const amountField = (field: 'baseline' | 'target') => (
    <TargetField id={`${id}-${field}`} label={t(`indicators.targets.${field}`)} hint={amountHint} problems={problems(field)}>
      <input
        type="text"
        inputMode="decimal"
        className="count-input"
        value={values[field]}
        onChange={(e) => change(field)(e.target.value)}
      />
    </TargetField>
  );
  const describe = (warning: TargetWarningData) =>
    warningText(
      warning,
      {
        indicator: () => indicator,
        region: (slug) => regions.find((region) => region.slug === slug)?.name ?? slug,
        period: (code) => periods.find((period) => period.code === code)?.label ?? code,
      },
      i18n,
    );
  return (
    <form className="target-form" onSubmit={(event) => void save(event)} noValidate>
      <p className="field-hint">{t('indicators.targets.intro')}</p>
      <div className="field-row">
        <TargetField id={`${id}-region`} label={t('indicators.targets.region')} problems={problems('region')}>
          <select value={values.region} onChange={(event) => choose(targets, event.target.value, values.period)}>
            <option value={EVERY_REGION}>{t('indicators.targets.everyRegion')}</option>
            {regions.map((region) => (
              <option key={region.slug} value={region.slug}>
                {region.name}
              </option>
            ))}
          </select>
        </TargetField>
        <TargetField id={`${id}-period`} label={t('indicators.targets.period')} problems={problems('period')}>
          <select value={values.period} onChange={(event) => choose(targets, values.region, event.target.value)}>
            {periods.map((period) => (
              <option key={period.code} value={period.code}>
                {period.label}
              </option>
            ))}
          </select>
        </TargetField>
      </div>
      <p className="muted">
        {loaded.stored
          ? t('indicators.targets.editing', {
              version: loaded.stored.version,
              date: loaded.stored.updatedAt ? format.dateTime(loaded.stored.updatedAt) : '',
            })
          : t('indicators.targets.new')}
      </p>
      <div className="field-row">
        {amountField('baseline')}
        {amountField('target')}
      </div>
      <TargetField
        id={`${id}-source`}
        label={t('indicators.targets.source')}
        hint={t('indicators.targets.sourceHint')}
        problems={problems('source')}
      >
        <input type="text" className="wide-input" value={values.source} onChange={(e) => change('source')(e.target.value)} />
      </TargetField>
      <TargetField id={`${id}-note`} label={t('indicators.targets.note')} problems={problems('note')}>
        <textarea rows={3} value={values.note} onChange={(e) => change('note')(e.target.value)} />
      </TargetField>
      <TargetOutcome outcome={outcome} attempt={attempt} describe={describe} onReload={() => void reload()} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={working}>
          {working ? t('indicators.targets.saving') : t('indicators.targets.save')}
        </button>
      </div>
    </form>
  );
}
