import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { type FieldProblem, readWriteRefusal, type WriteRefusal } from '../../data/api-errors';
import { CellProblems, ChoiceSelect } from './ChoiceSelect';
import type { ParticipantChoices } from './participant-choices';
import { UPDATE_PARTICIPANT } from './participant-writes';
import { type AgeBandCode, fixedModeOf, type GenderCode, type ModeCode } from './sheet-rows';

/** A roundtable of the region, as the editor offers it; `locked` when the API refuses changes to its attendance. */
export interface RegionRoundtable {
  id: string;
  number: number;
  date: string;
  format: string | null;
  locked: boolean;
}

interface EditedParticipant {
  id: string;
  version: number;
  newcomer: boolean;
  gender: string | null;
  ageBand: string | null;
  category: { code: string };
  organisation: { slug: string } | null;
  participations: readonly { mode: string; roundtableId: string }[];
}

interface Values {
  category: string;
  newcomer: boolean;
  gender: string;
  ageBand: string;
  organisation: string;
  /** The modes of the roundtables attended, by roundtable id. */
  attended: ReadonlyMap<string, ModeCode>;
}

const valuesOf = (participant: EditedParticipant): Values => ({
  category: participant.category.code,
  newcomer: participant.newcomer,
  gender: participant.gender ?? '',
  ageBand: participant.ageBand ?? '',
  organisation: participant.organisation?.slug ?? '',
  attended: new Map(participant.participations.map((p) => [p.roundtableId, p.mode as ModeCode])),
});

/**
 * "Edit", then a dialog with everything recorded about the participant, the roundtables of the
 * region it attended included, saved as one update at the version it was read; a change made
 * meanwhile by someone else is refused, never overwritten.
 */
export function EditParticipant({
  participant,
  code,
  regionSlug,
  regionName,
  regionRoundtables,
  choices,
  onSaved,
}: {
  participant: EditedParticipant;
  code: string;
  regionSlug: string;
  regionName: string;
  regionRoundtables: readonly RegionRoundtable[];
  choices: ParticipantChoices;
  onSaved: (message: string) => void;
}) {
  const { t, format } = useParticipantsI18n();
  const client = useApolloClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(participant));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [working, setWorking] = useState(false);
  const titleId = useId();
  const idOf = (field: string) => `edit-${participant.id}-${field}`;
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));
  const attendedIds = regionRoundtables.filter((roundtable) => values.attended.has(roundtable.id)).map((roundtable) => roundtable.id);
  const problemsOf = (field: string) => problems.filter((problem) => problem.field === field).map((problem) => problem.message);
  // The API names a participation by its place in the list sent, which is the region's order of the roundtables attended.
  const participationProblems = (roundtableId: string) => {
    const index = attendedIds.indexOf(roundtableId);
    return index < 0 ? [] : problems.filter((problem) => problem.field.startsWith(`participations.${index}.`)).map((p) => p.message);
  };
  const shown = new Set(['category', 'newcomer', 'gender', 'ageBand', 'organisation']);
  const unplaced = problems.filter((problem) => !shown.has(problem.field) && !/^participations\.\d+\./.test(problem.field));

  const open = () => {
    setValues(valuesOf(participant));
    setProblems([]);
    setRefusal(null);
    dialog.current?.showModal();
    first.current?.focus();
  };
  const save = async () => {
    if (working) return;
    setWorking(true);
    setProblems([]);
    setRefusal(null);
    try {
      const saved = await client.mutate({
        mutation: UPDATE_PARTICIPANT,
        variables: {
          id: participant.id,
          expectedVersion: participant.version,
          input: {
            region: regionSlug,
            category: values.category,
            newcomer: values.newcomer,
            gender: (values.gender || null) as GenderCode | null,
            ageBand: (values.ageBand || null) as AgeBandCode | null,
            organisation: values.organisation || null,
            participations: attendedIds.map((roundtableId) => ({ roundtableId, mode: values.attended.get(roundtableId) as ModeCode })),
          },
        },
        update: forgetRoundtableFigures,
      });
      dialog.current?.close();
      onSaved(t('participants.edit.saved', { code, version: saved.data?.updateParticipant.version ?? participant.version + 1 }));
    } catch (error) {
      const refused = readWriteRefusal(error);
      if (refused.kind === 'problems') setProblems(refused.problems);
      else setRefusal(refused);
    } finally {
      setWorking(false);
    }
  };
  const reload = () => {
    forgetRoundtableFigures(client.cache);
    dialog.current?.close();
  };

  const toggle = (roundtable: RegionRoundtable, on: boolean) => {
    const attended = new Map(values.attended);
    if (on) attended.set(roundtable.id, fixedModeOf(roundtable.format) ?? 'ONSITE');
    else attended.delete(roundtable.id);
    set({ attended });
  };
  return (
    <>
      <button type="button" className="secondary" onClick={open}>
        {t('participants.list.edit')}
        <span className="sr-only"> {code}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog edit-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('participants.edit.title', { code })}</h2>
        <p className="field-hint">{t('participants.edit.intro', { version: participant.version })}</p>
        {(refusal || unplaced.length > 0) && (
          <div className="form-error" role="alert">
            {refusal?.kind === 'staleVersion' ? (
              <p>{t('participants.edit.stale', { version: refusal.currentVersion })}</p>
            ) : (
              refusal && <p>{refusal.message}</p>
            )}
            {unplaced.map((problem) => (
              <p key={`${problem.field}:${problem.message}`}>
                {problem.field}: {problem.message}
              </p>
            ))}
          </div>
        )}
        <div className="field">
          <label htmlFor={idOf('category')}>{t('participants.column.category')}</label>
          <ChoiceSelect
            id={idOf('category')}
            label={t('participants.column.category')}
            labelledBy
            selectRef={first}
            value={values.category}
            options={choices.categories}
            problems={problemsOf('category')}
            onChange={(category) => set({ category })}
          />
        </div>
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={values.newcomer} onChange={(event) => set({ newcomer: event.target.checked })} />{' '}
            {t('participants.column.newcomer')} <span className="muted">({t('participants.newcomerHint')})</span>
          </label>
          <CellProblems id={`${idOf('newcomer')}-error`} problems={problemsOf('newcomer')} />
        </div>
        <div className="field">
          <label htmlFor={idOf('gender')}>{t('participants.column.gender')}</label>
          <ChoiceSelect
            id={idOf('gender')}
            label={t('participants.column.gender')}
            labelledBy
            value={values.gender}
            options={choices.genders}
            empty={t('participants.notRecorded')}
            problems={problemsOf('gender')}
            onChange={(gender) => set({ gender })}
          />
        </div>
        <div className="field">
          <label htmlFor={idOf('ageBand')}>{t('participants.column.ageBand')}</label>
          <ChoiceSelect
            id={idOf('ageBand')}
            label={t('participants.column.ageBand')}
            labelledBy
            value={values.ageBand}
            options={choices.ageBands}
            empty={t('participants.notRecorded')}
            problems={problemsOf('ageBand')}
            onChange={(ageBand) => set({ ageBand })}
          />
        </div>
        <div className="field">
          <label htmlFor={idOf('organisation')}>{t('participants.column.organisation')}</label>
          <ChoiceSelect
            id={idOf('organisation')}
            label={t('participants.column.organisation')}
            labelledBy
            value={values.organisation}
            options={choices.organisations}
            empty={t('participants.noOrganisation')}
            problems={problemsOf('organisation')}
            onChange={(organisation) => set({ organisation })}
          />
        </div>
        <fieldset className="attended">
          <legend>{t('participants.edit.roundtables', { region: regionName })}</legend>
          <ul className="plain-list attended-list">
            {regionRoundtables.map((roundtable) => {
              const mode = values.attended.get(roundtable.id);
              const name = t('participants.edit.attended', { number: roundtable.number, date: format.date(roundtable.date) });
              const fixed = fixedModeOf(roundtable.format);
              return (
                <li key={roundtable.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={mode !== undefined}
                      disabled={roundtable.locked}
                      onChange={(event) => toggle(roundtable, event.target.checked)}
                    />{' '}
                    {name}
                    {roundtable.locked && <span className="muted"> ({t('participants.edit.locked')})</span>}
                  </label>
                  {mode !== undefined && !fixed && !roundtable.locked && (
                    <ChoiceSelect
                      id={idOf(`mode-${roundtable.id}`)}
                      label={`${name}: ${t('participants.column.mode')}`}
                      value={mode}
                      options={choices.modes}
                      onChange={(chosen) => set({ attended: new Map(values.attended).set(roundtable.id, chosen as ModeCode) })}
                    />
                  )}
                  {mode !== undefined && (fixed || roundtable.locked) && <span className="muted"> · {t(`participants.mode.${mode}`)}</span>}
                  <CellProblems id={idOf(`rt-${roundtable.id}-error`)} problems={participationProblems(roundtable.id)} />
                </li>
              );
            })}
          </ul>
          {attendedIds.length === 0 && <p className="field-hint">{t('participants.edit.noRoundtable')}</p>}
        </fieldset>
        <div className="form-actions">
          {refusal?.kind === 'staleVersion' ? (
            <button type="button" className="primary" onClick={reload}>
              {t('participants.edit.reload')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void save()}>
              {working ? t('participants.edit.saving') : t('participants.edit.save')}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('participants.edit.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
