import { useApolloClient } from '@apollo/client/react';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { readWriteRefusal } from '../../data/api-errors';
import { removeRow, updateRow } from '../roundtable-form/rows';
import { CellProblems, ChoiceSelect } from './ChoiceSelect';
import type { ParticipantChoices } from './participant-choices';
import { CREATE_PARTICIPANTS } from './participant-writes';
import {
  fixedModeOf,
  inputOf,
  missingCells,
  newRow,
  problemsByRow,
  problemsOfNoRow,
  type RowProblems,
  type SheetColumn,
  type SheetRow,
  withRowAfter,
} from './sheet-rows';

interface Props {
  roundtableId: string;
  regionSlug: string;
  format: string | null;
  choices: ParticipantChoices;
  /** The rows were recorded; `message` says how many. */
  onSaved: (message: string) => void;
}

const cellId = (key: string, column: SheetColumn) => `sheet-${key}-${column}`;

/**
 * The attendance sheet: one row per person, typed by keyboard alone. Enter in a cell adds a row
 * below and moves to its first cell; Tab moves across; saving sends every row in one request,
 * which the API records all together or not at all, and its problems come back beside their cells.
 */
export function AttendanceSheet({ roundtableId, regionSlug, format, choices, onSaved }: Props) {
  const { t } = useParticipantsI18n();
  const client = useApolloClient();
  const fixedMode = fixedModeOf(format);
  const [rows, setRows] = useState<SheetRow[]>(() => [newRow(undefined, fixedMode)]);
  const [problems, setProblems] = useState<ReadonlyMap<string, RowProblems>>(new Map());
  const [refusal, setRefusal] = useState<string[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  // A new object each time, so asking twice for the same row still moves the focus.
  const [focusOn, setFocusOn] = useState<{ key: string } | null>(null);
  const firstCells = useRef(new Map<string, HTMLSelectElement>());
  const refusalBox = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (focusOn) firstCells.current.get(focusOn.key)?.focus();
  }, [focusOn]);
  // Once per refused attempt, so what went wrong is read out at once.
  useEffect(() => {
    if (attempts > 0) refusalBox.current?.focus();
  }, [attempts]);

  const add = (afterKey?: string) => {
    const next = withRowAfter(rows, afterKey, fixedMode);
    const known = new Set(rows.map((row) => row.key));
    setRows(next);
    const added = next.find((row) => !known.has(row.key));
    if (added) setFocusOn({ key: added.key });
  };
  const remove = (key: string) => {
    const index = rows.findIndex((row) => row.key === key);
    const next = removeRow(rows, key);
    setRows(next);
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) setFocusOn({ key: neighbour.key });
    else addButton.current?.focus();
  };
  const change = (key: string, patch: Partial<SheetRow>) => setRows((current) => updateRow(current, key, patch));
  const enterAddsRow = (key: string) => (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    add(key);
  };

  const refuse = (byRow: ReadonlyMap<string, RowProblems>, messages: string[]) => {
    setProblems(byRow);
    setRefusal(messages);
    setAttempts((count) => count + 1);
  };
  const save = async () => {
    if (saving || rows.length === 0) return;
    const missing = missingCells(rows, t('participants.sheet.required'));
    if (missing.size > 0) return refuse(missing, [t('participants.sheet.problems')]);
    setSaving(true);
    try {
      await client.mutate({
        mutation: CREATE_PARTICIPANTS,
        variables: { input: { participants: rows.map((row) => inputOf(row, regionSlug, roundtableId)) } },
        update: forgetRoundtableFigures,
      });
      const count = rows.length;
      setRows([newRow(undefined, fixedMode)]);
      setProblems(new Map());
      setRefusal([]);
      onSaved(t('participants.sheet.saved', { count: count }));
    } catch (error) {
      const refused = readWriteRefusal(error);
      if (refused.kind === 'problems') {
        const others = problemsOfNoRow(refused.problems).map((problem) => `${problem.field}: ${problem.message}`);
        refuse(problemsByRow(rows, refused.problems), [t('participants.sheet.problems'), ...others]);
      } else {
        refuse(new Map(), [refused.message]);
      }
    } finally {
      setSaving(false);
    }
  };

  const column = (name: SheetColumn) => t(`participants.column.${name}`);
  return (
    <section className="card" aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t('participants.sheet.title')}</h2>
      <p id={hintId} className="field-hint">
        {t('participants.sheet.hint')}
      </p>
      {fixedMode && <p className="field-hint">{t('participants.sheet.fixedMode', { mode: t(`participants.mode.${fixedMode}`) })}</p>}
      {refusal.length > 0 && (
        <div ref={refusalBox} className="banner error" role="alert" tabIndex={-1}>
          {refusal.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="table-wrap" aria-label={t('participants.sheet.caption')} aria-describedby={hintId} tabIndex={0}>
        <table className="data sheet">
          <caption className="sr-only">{t('participants.sheet.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('participants.column.row')}
              </th>
              <th scope="col">{column('category')}</th>
              <th scope="col">{column('newcomer')}</th>
              <th scope="col">{column('gender')}</th>
              <th scope="col">{column('ageBand')}</th>
              <th scope="col">{column('organisation')}</th>
              <th scope="col">{column('mode')}</th>
              <th scope="col">
                <span className="sr-only">{t('participants.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const number = index + 1;
              const found = problems.get(row.key) ?? {};
              const label = (name: SheetColumn) => t('participants.sheet.cellLabel', { row: number, column: column(name) });
              const onKeyDown = enterAddsRow(row.key);
              return (
                <tr key={row.key} className={Object.keys(found).length > 0 ? 'has-problem' : undefined}>
                  <th scope="row" className="numeric">
                    {number}
                    <CellProblems id={`sheet-${row.key}-row-error`} problems={found.row ?? []} />
                  </th>
                  <td>
                    <ChoiceSelect
                      id={cellId(row.key, 'category')}
                      label={label('category')}
                      value={row.category}
                      options={choices.categories}
                      empty={t('participants.choose')}
                      problems={found.category}
                      onChange={(category) => change(row.key, { category })}
                      onKeyDown={onKeyDown}
                      selectRef={(element) => {
                        if (element) firstCells.current.set(row.key, element);
                        else firstCells.current.delete(row.key);
                      }}
                    />
                  </td>
                  <td>
                    <input
                      id={cellId(row.key, 'newcomer')}
                      type="checkbox"
                      aria-label={`${label('newcomer')} (${t('participants.newcomerHint')})`}
                      checked={row.newcomer}
                      onChange={(event) => change(row.key, { newcomer: event.target.checked })}
                      onKeyDown={onKeyDown}
                    />
                  </td>
                  <td>
                    <ChoiceSelect
                      id={cellId(row.key, 'gender')}
                      label={label('gender')}
                      value={row.gender}
                      options={choices.genders}
                      empty={t('participants.notRecorded')}
                      problems={found.gender}
                      onChange={(gender) => change(row.key, { gender: gender as SheetRow['gender'] })}
                      onKeyDown={onKeyDown}
                    />
                  </td>
                  <td>
                    <ChoiceSelect
                      id={cellId(row.key, 'ageBand')}
                      label={label('ageBand')}
                      value={row.ageBand}
                      options={choices.ageBands}
                      empty={t('participants.notRecorded')}
                      problems={found.ageBand}
                      onChange={(ageBand) => change(row.key, { ageBand: ageBand as SheetRow['ageBand'] })}
                      onKeyDown={onKeyDown}
                    />
                  </td>
                  <td>
                    <ChoiceSelect
                      id={cellId(row.key, 'organisation')}
                      label={label('organisation')}
                      value={row.organisation}
                      options={choices.organisations}
                      empty={t('participants.noOrganisation')}
                      problems={found.organisation}
                      onChange={(organisation) => change(row.key, { organisation })}
                      onKeyDown={onKeyDown}
                    />
                  </td>
                  <td>
                    {fixedMode ? (
                      <>
                        {t(`participants.mode.${fixedMode}`)}
                        <CellProblems id={`${cellId(row.key, 'mode')}-error`} problems={found.mode ?? []} />
                      </>
                    ) : (
                      <ChoiceSelect
                        id={cellId(row.key, 'mode')}
                        label={label('mode')}
                        value={row.mode}
                        options={choices.modes}
                        empty={t('participants.choose')}
                        problems={found.mode}
                        onChange={(mode) => change(row.key, { mode: mode as SheetRow['mode'] })}
                        onKeyDown={onKeyDown}
                      />
                    )}
                  </td>
                  <td>
                    <button type="button" className="secondary" onClick={() => remove(row.key)}>
                      {t('participants.sheet.remove')}
                      <span className="sr-only"> {t('participants.sheet.rowLabel', { row: number })}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {rows.length === 0 && <p className="muted">{t('participants.sheet.empty')}</p>}
      <div className="form-actions">
        <button ref={addButton} type="button" className="secondary" onClick={() => add()}>
          {t('participants.sheet.add')}
        </button>
        <button type="button" className="primary" disabled={rows.length === 0} onClick={() => void save()}>
          {saving ? t('participants.sheet.saving') : t('participants.sheet.save', { count: rows.length })}
        </button>
      </div>
    </section>
  );
}
