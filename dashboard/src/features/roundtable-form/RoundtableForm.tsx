import './roundtable-form.css';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { RoundtableInput } from '../../__generated__/graphql';
import { flash } from '../../app/flash';
import { useEditingI18n } from '../../app/i18n/editing';
import { useOfflineI18n } from '../../app/i18n/offline';
import { Link, navigate } from '../../app/router';
import { regionPath } from '../../app/routes';
import { type FieldProblem, readWriteRefusal } from '../../data/api-errors';
import { type FindingValues, ruleMessage } from '../../data/rule-messages';
import { useRuleWords } from '../../data/rule-words';
import { isUnreachable } from '../offline/kept-answers';
import type { DraftKeeper } from '../offline/use-draft';
import { closuresOn } from '../review/closed-periods';
import { useClosures } from './ClosedPeriodNote';
import { ErrorSummary } from './ErrorSummary';
import { NotSavedNotice, StaleVersionNotice } from './FormNotices';
import { FieldProblemsProvider } from './field-problems';
import type { FormLimits } from './form-limits';
import { formRuleFindings } from './form-rules';
import { formFieldOf, type RoundtableFormValues, toRoundtableInput } from './form-values';
import { worded, wordingOf } from './form-wording';
import { FormLimitsProvider } from './limit-hints';
import { oneMessagePerProblem } from './one-message';
import { isShownField, problemLabel } from './problem-labels';
import { AttendanceSection } from './sections/AttendanceSection';
import { BasicsSection } from './sections/BasicsSection';
import { CategoriesSection } from './sections/CategoriesSection';
import { ChallengesSection } from './sections/ChallengesSection';
import { NotesSection } from './sections/NotesSection';
import { OrganisersSection } from './sections/OrganisersSection';
import { SourcesSection } from './sections/SourcesSection';
import type { Choice } from './sections/section-props';

export interface FormChoices {
  categories: readonly Choice[];
  challenges: readonly Choice[];
  organisations: readonly Choice[];
}

type Outcome =
  | { kind: 'problems'; problems: FieldProblem[] }
  | { kind: 'stale'; currentVersion: number }
  | { kind: 'notSaved'; message: string }
  | null;

/** A WARNING rule the saved roundtable breaks, as the API returns it with the record. */
export interface SavedWarning {
  ruleCode: string;
  field: string;
  message: string;
  values: FindingValues;
}

interface Props {
  initial: RoundtableFormValues;
  choices: FormChoices;
  /** What the API takes, shown beside each field and checked before sending. */
  limits: FormLimits;
  /** Creates or updates the roundtable, resolving to its warnings; rejects with the API's refusal. */
  save: (input: RoundtableInput) => Promise<readonly SavedWarning[]>;
  submitLabel: string;
  /** What the region page says once it is saved, e.g. "Roundtable 4 recorded as a draft: ..." */
  savedMessage: (number: string) => string;
  /** Shows the version someone else saved, in place of this form's changes. */
  onReload?: () => void;
  /** Said after the form's introduction, e.g. which version is being edited. */
  introNote?: string;
  fromRecords?: boolean;
  /** Keeps what is typed on this device, and what is saved without a connection, to be sent later. */
  draft?: DraftKeeper;
}

/**
 * Everything recorded about a roundtable, sent whole. The validation rules run as it is typed
 * (the API's own definition of them): an error is shown beside its field, a warning too, which
 * does not stop saving. The API checks the rest and names every problem by field; each is
 * shown beside its field and listed, linked, at the top.
 */
export function RoundtableForm({
  initial,
  choices,
  limits,
  save,
  submitLabel,
  savedMessage,
  onReload,
  fromRecords,
  introNote,
  draft,
}: Props) {
  const { t, format, locale } = useEditingI18n();
  const offline = useOfflineI18n();
  const closures = useClosures();
  const [values, setValues] = useState(initial);
  // Every change is kept on this device as it is typed: a closed tab or a crash loses nothing.
  const typed = useRef(false);
  useEffect(() => {
    if (typed.current) draft?.change(values);
    typed.current = true;
  }, [values, draft]);
  const findings = useMemo(() => formRuleFindings(values, limits.project), [values, limits.project]);
  const words = useRuleWords(locale);
  // The rule's words as the API keeps them; until they are read, the API's English for a saved warning, else the rule's code.
  const say = (finding: { ruleCode: string; message?: string; values: FindingValues }) =>
    ruleMessage(words, format, finding) ?? finding.message ?? finding.ruleCode;
  const ruleProblems = (severity: 'ERROR' | 'WARNING'): FieldProblem[] =>
    findings
      .filter((finding) => finding.severity === severity)
      .map((finding) => ({ field: finding.field, message: say(finding), ruleCode: finding.ruleCode }));
  const ruleErrors = ruleProblems('ERROR');
  const ruleWarnings = ruleProblems('WARNING');
  const categoryLabels = new Map(choices.categories.map((choice) => [choice.value, choice.label]));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [attempt, setAttempt] = useState(0);
  const [working, setWorking] = useState(false);
  const change = (patch: Partial<RoundtableFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const show = (next: Outcome) => {
    setOutcome(next);
    setAttempt((count) => count + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    const number = (value: number) => format.number(value);
    const { input, sent, problems } = toRoundtableInput(
      values,
      {
        required: t('form.required'),
        wholeNumber: t('form.wholeNumber'),
        limits: {
          atMost: (max) => t('form.atMost', { max: number(max) }),
          charactersAtMost: (max, length) => t('form.charactersAtMost', { max: number(max), length: number(length) }),
          itemsAtMost: (max, count) => t('form.itemsAtMost', { max: number(max), count: number(count) }),
          datesFromTo: (from, to) => t('form.datesFromTo', { from: format.date(from), to: format.date(to) }),
        },
      },
      limits,
    );
    if (problems.length) return show({ kind: 'problems', problems });
    // Without a connection it is kept here, to be sent later: what the API would refuse for sure, a closed period's date, is refused now.
    const keepOffline = async () => {
      const [closed] = closuresOn(values.date, closures);
      if (closed)
        return show({
          kind: 'problems',
          problems: [{ field: 'date', message: offline.t('draft.closedPeriod', { period: closed.periodCode }) }],
        });
      await draft?.saveOffline(values);
      flash(offline.t('draft.savedOffline', { number: values.number.trim() }));
      navigate(regionPath(values.region));
      window.scrollTo(0, 0);
    };
    if (draft && !navigator.onLine) return keepOffline();
    // Sent even when a rule's error shows: the API then names every other problem too, at once.
    setWorking(true);
    try {
      const warnings = await save(input);
      await draft?.discard();
      const checks = warnings.map((warning) => {
        const field = formFieldOf(warning.field, sent);
        return `${problemLabel(field, values, categoryLabels, t)}: ${say(warning)}`;
      });
      flash(
        [savedMessage(values.number.trim()), ...(checks.length ? [t('form.savedWarnings', { warnings: checks.join('; ') })] : [])].join(
          ' ',
        ),
      );
      navigate(regionPath(values.region));
      window.scrollTo(0, 0);
    } catch (error) {
      if (draft && isUnreachable(error)) return await keepOffline();
      const refusal = readWriteRefusal(error);
      if (refusal.kind === 'problems') {
        show({ kind: 'problems', problems: refusal.problems.map((problem) => ({ ...problem, field: formFieldOf(problem.field, sent) })) });
      } else if (refusal.kind === 'staleVersion') {
        show({ kind: 'stale', currentVersion: refusal.currentVersion });
      } else if (refusal.code === 'CONFLICT' && refusal.reason === 'PERIOD_CLOSED') {
        show({ kind: 'problems', problems: [{ field: 'date', message: refusal.message }] });
      } else if (refusal.code === 'CONFLICT' && refusal.reason === undefined) {
        // The one conflict without a reason a roundtable write has: its number is taken in the region.
        show({ kind: 'problems', problems: [{ field: 'number', message: refusal.message }] });
      } else {
        show({ kind: 'notSaved', message: refusal.message });
      }
    } finally {
      setWorking(false);
    }
  };

  // The API's word on a rule gives way to the same rule checked here, which follows the typing and speaks the reader's language.
  const shown = oneMessagePerProblem(outcome?.kind === 'problems' ? outcome.problems : [], ruleErrors);
  // Once saving was tried, the summary lists the rules' errors as they stand, with the rest.
  const problems = outcome?.kind === 'problems' ? shown : [];
  const byField = byFieldOf(shown);
  const warningsByField = byFieldOf(ruleWarnings);

  return (
    <>
      <p className="page-intro">
        {worded(t, 'intro', wordingOf(values.sources))}
        {introNote ? ` ${introNote}` : ''}
      </p>
      {draft && <p className="muted draft-note">{offline.t('draft.keptNote')}</p>}
      {outcome?.kind === 'stale' && onReload && (
        <StaleVersionNotice currentVersion={outcome.currentVersion} attempt={attempt} onReload={onReload} />
      )}
      {outcome?.kind === 'notSaved' && <NotSavedNotice message={outcome.message} attempt={attempt} />}
      {problems.length > 0 && (
        <ErrorSummary
          attempt={attempt}
          items={problems.map((problem) => ({
            field: problem.field,
            message: problem.message,
            label: problemLabel(problem.field, values, categoryLabels, t),
            linked: isShownField(problem.field),
          }))}
        />
      )}
      <FormLimitsProvider limits={limits}>
        <FieldProblemsProvider problems={byField} warnings={warningsByField}>
          <form className="roundtable-form" noValidate onSubmit={submit} aria-busy={working}>
            <BasicsSection values={values} change={change} />
            <AttendanceSection values={values} change={change} fromRecords={fromRecords} />
            <CategoriesSection values={values} change={change} categories={choices.categories} />
            <ChallengesSection values={values} change={change} challenges={choices.challenges} />
            <NotesSection values={values} change={change} list="insights" />
            <NotesSection values={values} change={change} list="interests" />
            <OrganisersSection values={values} change={change} organisations={choices.organisations} />
            <SourcesSection values={values} change={change} />
            <div className="form-actions">
              <button type="submit" className="primary">
                {working ? t('form.saving') : submitLabel}
              </button>
              <Link to={regionPath(values.region)}>{t('form.cancel')}</Link>
            </div>
          </form>
        </FieldProblemsProvider>
      </FormLimitsProvider>
    </>
  );
}

function byFieldOf(problems: readonly FieldProblem[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  return byField;
}
