import './labels.css';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../__generated__/graphql';
import { useLabelsI18n } from '../../app/i18n/labels';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import type { SessionViewer } from '../../app/session/session';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { LabelsTable, type RowOutcome } from './LabelsTable';
import {
  blankEnglish,
  type CellKey,
  cellKey,
  isChanged,
  isMissing,
  KINDS,
  LANGUAGES,
  type LabelKind,
  type LabelRow,
  localizedInput,
  OTHER_LANGUAGES,
  problemsByCell,
  rowsByKind,
  shownTexts,
  type Texts,
} from './label-rows';
import { useLabelsView } from './label-view';
import { saveLabels, TAXONOMY_LABELS } from './label-writes';

/** The taxonomy's labels are ADMIN's to set, as the API decides (server/core/auth/edit-access.ts). */
const mayEditLabels = (viewer: SessionViewer | null | undefined): boolean => viewer?.role === 'ADMIN';

/** `/labels`: an ADMIN names the categories, challenges, indicators and periods, and words the validation rules, in every language. */
export default function LabelsPage() {
  const { t } = useLabelsI18n();
  const session = useSession();
  usePageTitle(t('labels.title'));
  return (
    <>
      <h1>{t('labels.title')}</h1>
      <p className="page-intro">{t('labels.intro')}</p>
      {mayEditLabels(session?.viewer) ? (
        <LabelsEditor />
      ) : (
        <div className="banner notice" role="note">
          <p>{t('labels.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      )}
    </>
  );
}

const rowKey = (row: Pick<LabelRow, 'kind' | 'code'>) => `${row.kind}:${row.code}`;
/** Each field's id, for its error to name it and for the focus to reach it. */
export const fieldId = (row: Pick<LabelRow, 'kind' | 'code'>, cell: CellKey) => `labels-${row.kind}-${row.code}-${cell.replace('.', '-')}`;

type SaveResult = { saved: boolean; message: string };

function LabelsEditor() {
  const { t } = useLabelsI18n();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(TAXONOMY_LABELS, { fetchPolicy: 'cache-and-network' });
  const [view, setView] = useLabelsView();
  const { kind, missing } = view;
  const [drafts, setDrafts] = useState<Record<string, Texts>>({});
  const [outcomes, setOutcomes] = useState<Record<string, RowOutcome>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Rows typed in since the filter was chosen stay in view, so that one translated does not vanish under the cursor.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const tabs = useRef<Partial<Record<LabelKind, HTMLButtonElement | null>>>({});
  const rows = useMemo(() => (data ? rowsByKind(data) : null), [data]);

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!rows) return <Loading />;

  const entryName = (row: Pick<LabelRow, 'kind' | 'code'>) => t(`labels.entry.${row.kind}`, { code: row.code });
  const setOutcome = (row: LabelRow, outcome: RowOutcome | null) =>
    setOutcomes(({ [rowKey(row)]: _dropped, ...others }) => (outcome ? { ...others, [rowKey(row)]: outcome } : others));

  const edit = (row: LabelRow, cell: CellKey, text: string) => {
    const key = rowKey(row);
    setDrafts((all) => ({ ...all, [key]: { ...all[key], [cell]: text } }));
    setKept((all) => (all.has(key) ? all : new Set(all).add(key)));
  };

  const refused = (row: LabelRow, outcome: RowOutcome, message: string): SaveResult => {
    setOutcome(row, outcome);
    const [firstCell] = LANGUAGES.flatMap((language) => row.parts.map((part) => cellKey(part, language))).filter(
      (cell) => outcome.byCell[cell],
    );
    if (firstCell) setFocusTarget(fieldId(row, firstCell));
    return { saved: false, message };
  };

  const save = async (row: LabelRow): Promise<SaveResult> => {
    const entry = entryName(row);
    const draft = drafts[rowKey(row)];
    if (!isChanged(row, draft)) return { saved: false, message: t('labels.unchanged', { entry }) };
    const texts = shownTexts(row, draft);
    const blank = blankEnglish(row, texts);
    if (blank.length > 0) {
      const byCell = Object.fromEntries(blank.map((cell) => [cell, [t('labels.englishRequired')]]));
      return refused(row, { byCell, others: [] }, t('labels.problems', { entry }));
    }
    try {
      await saveLabels(client, {
        kind: row.kind,
        code: row.code,
        expectedVersion: row.version,
        texts: Object.fromEntries(row.parts.map((part) => [part, localizedInput(texts, part)])),
      });
    } catch (failure) {
      const refusal = readWriteRefusal(failure);
      if (refusal.kind === 'problems') {
        return refused(row, problemsByCell(refusal.problems), t('labels.problems', { entry }));
      }
      if (refusal.kind === 'staleVersion') {
        // What the other person saved is read again; what was typed here stays, to be saved over it.
        await refetch().catch(() => undefined);
        const message = t('labels.conflict', { entry });
        return refused(row, { byCell: {}, others: [message] }, message);
      }
      const message = t('labels.refused', { entry, message: refusal.message });
      return refused(row, { byCell: {}, others: [message] }, message);
    }
    // Saved. What was typed gives way to the texts read again with their new version; should that
    // read fail, it stays shown rather than the texts from before.
    const readAgain = await refetch().then(
      () => true,
      () => false,
    );
    if (readAgain) setDrafts(({ [rowKey(row)]: _saved, ...others }) => others);
    setOutcome(row, null);
    return { saved: true, message: t('labels.saved', { entry }) };
  };

  const run = async (key: string, work: () => Promise<string>) => {
    if (saving) return;
    setSaving(key);
    setAnnouncement('');
    try {
      setAnnouncement(await work());
    } finally {
      setSaving(null);
    }
  };
  const saveRow = (row: LabelRow) => run(rowKey(row), async () => (await save(row)).message);

  const all = rows[kind];
  const changed = all.filter((row) => isChanged(row, drafts[rowKey(row)]));
  const saveChanged = () =>
    run('all', async () => {
      if (changed.length === 0) return t('labels.nothingChanged');
      const results: SaveResult[] = [];
      for (const row of changed) results.push(await save(row));
      const savedCount = results.filter((result) => result.saved).length;
      const failures = results.filter((result) => !result.saved).map((result) => result.message);
      return [t('labels.savedRows', { count: savedCount }), ...failures].join(' ');
    });

  const shown = missing ? all.filter((row) => isMissing(row, missing) || kept.has(rowKey(row))) : all;
  const chooseKind = (next: LabelKind) => {
    setKept(new Set());
    setView({ ...view, kind: next });
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = KINDS.indexOf(kind);
    const next = {
      ArrowRight: KINDS[(index + 1) % KINDS.length],
      ArrowLeft: KINDS[(index + KINDS.length - 1) % KINDS.length],
      Home: KINDS[0],
      End: KINDS[KINDS.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    chooseKind(next);
    tabs.current[next]?.focus();
  };
  const languageName = (language: Locale) => t(`labels.language.${language}`);

  return (
    <div className="labels-page">
      <div className="labels-controls">
        <label className="labels-filter">
          {t('labels.show')}
          <select
            value={missing ?? ''}
            onChange={(event) => {
              setKept(new Set());
              setView({ ...view, missing: OTHER_LANGUAGES.find((language) => language === event.target.value) ?? null });
            }}
          >
            <option value="">{t('labels.show.all')}</option>
            {OTHER_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t('labels.show.missing', { language: languageName(language) })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => void saveChanged()}>
          {saving === 'all' ? t('labels.saving') : t('labels.saveChanged', { count: changed.length })}
        </button>
      </div>
      <p role="status" className="labels-outcome">
        {announcement}
      </p>
      <div role="tablist" aria-label={t('labels.kinds')} className="labels-tabs">
        {KINDS.map((each) => (
          <button
            key={each}
            ref={(element) => {
              tabs.current[each] = element;
            }}
            type="button"
            role="tab"
            id={`labels-tab-${each}`}
            aria-selected={each === kind}
            aria-controls="labels-panel"
            tabIndex={each === kind ? 0 : -1}
            onClick={() => chooseKind(each)}
            onKeyDown={onTabKey}
          >
            {t(`labels.kind.${each}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="labels-panel" aria-labelledby={`labels-tab-${kind}`}>
        {kind === 'rule' && <p className="labels-kind-note">{t('labels.rule.note')}</p>}
        <p className="labels-count" aria-live="polite">
          {missing && shown.length === 0
            ? t('labels.noneMissing', { language: languageName(missing) })
            : t('labels.shown', { shown: shown.length, total: all.length })}
        </p>
        {shown.length > 0 && (
          <LabelsTable
            kind={kind}
            rows={shown}
            textsOf={(row) => shownTexts(row, drafts[rowKey(row)])}
            outcomeOf={(row) => outcomes[rowKey(row)]}
            savingRow={(row) => saving === rowKey(row)}
            entryName={entryName}
            fieldId={fieldId}
            onEdit={edit}
            onSave={(row) => void saveRow(row)}
          />
        )}
      </div>
    </div>
  );
}
