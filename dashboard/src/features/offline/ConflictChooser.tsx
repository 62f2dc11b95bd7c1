import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { useEditingI18n } from '../../app/i18n/editing';
import { useOfflineI18n } from '../../app/i18n/offline';
import { navigate } from '../../app/router';
import { syncPath } from '../../app/routes';
import { Loading } from '../../ui/States';

import { FORM_OPTIONS } from '../roundtable-form/form-choices';
import { type RoundtableFormValues, valuesFromRoundtable } from '../roundtable-form/form-values';
import { ROUNDTABLE_FOR_EDIT } from '../roundtable-form/roundtable-writes';
import { type Choice, type ConflictField, differingFields, merged } from './conflict-fields';
import { type Draft, putDraft } from './offline-db';
import { syncDrafts } from './sync';

/**
 * A draft whose record someone else saved meanwhile: both versions side by side, field by field
 * where they differ, and the coordinator chooses which to keep of each. The result is sent with
 * the version just read, so nothing either of them typed is overwritten unseen.
 */
export function ConflictChooser({ draft }: { draft: Draft }) {
  const offline = useOfflineI18n();
  const { t } = offline;
  const { locale } = useEditingI18n();
  const client = useApolloClient();
  // Their version as it is now, never one kept earlier.
  const current = useQuery(ROUNDTABLE_FOR_EDIT, { variables: { id: draft.roundtableId ?? '' }, fetchPolicy: 'network-only' });
  const options = useQuery(FORM_OPTIONS, { variables: { slug: draft.region, locale }, context: KEEP_OFFLINE });
  const roundtable = current.data?.roundtable;
  const theirs = useMemo(() => (roundtable ? valuesFromRoundtable(roundtable) : null), [roundtable]);
  const fields = useMemo(() => (theirs ? differingFields(draft.values, theirs, draft.base) : []), [draft, theirs]);
  const [choices, setChoices] = useState<Partial<Record<ConflictField, Choice>>>({});
  const [working, setWorking] = useState(false);
  const describe = useDescribe(options.data);

  if (current.error) {
    return (
      <p className="banner error" role="alert">
        {t('conflict.unreachable')}
      </p>
    );
  }
  if (!roundtable || !theirs) return <Loading />;
  const region = roundtable.region.name;
  const chosen = (field: ConflictField, proposed: Choice) => choices[field] ?? proposed;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const values = merged(draft.values, theirs, Object.fromEntries(fields.map(({ field, proposed }) => [field, chosen(field, proposed)])));
    // Sent like any other draft, now on the version just read.
    await putDraft({ ...draft, values, base: theirs, baseVersion: roundtable.version, state: 'waiting', error: null });
    await syncDrafts(client);
    navigate(syncPath());
  };

  return (
    <>
      <h1>{t('conflict.title', { number: draft.values.number, region })}</h1>
      <p className="page-intro">{t('conflict.intro', { version: roundtable.version })}</p>
      <form onSubmit={save} aria-busy={working}>
        {fields.length === 0 ? (
          <p className="state">{t('conflict.same', { version: roundtable.version })}</p>
        ) : (
          <div className="table-scroll">
            <table className="conflict-table data">
              <thead>
                <tr>
                  <th scope="col">{t('conflict.field')}</th>
                  <th scope="col">{t('conflict.mine')}</th>
                  <th scope="col">{t('conflict.theirs', { version: roundtable.version })}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map(({ field, proposed }) => (
                  <tr key={field}>
                    <th scope="row">{t(`field.${field}`)}</th>
                    {(['mine', 'theirs'] as const).map((side) => (
                      <td key={side}>
                        <label>
                          <input
                            type="radio"
                            name={`choice-${field}`}
                            value={side}
                            checked={chosen(field, proposed) === side}
                            onChange={() => setChoices((now) => ({ ...now, [field]: side }))}
                            aria-label={`${t('conflict.choose', { field: t(`field.${field}`) })}: ${t(side === 'mine' ? 'conflict.mine' : 'conflict.theirs', { version: roundtable.version })}`}
                          />
                          <span className="conflict-value">{describe(side === 'mine' ? draft.values : theirs, field)}</span>
                        </label>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={working}>
            {t('conflict.save')}
          </button>
        </div>
      </form>
    </>
  );
}

type Options = { stakeholderCategories: { code: string; label: string }[]; challenges: { code: string; label: string }[] };

/** A field's value as the form shows it, in the reader's language. */
function useDescribe(options: Options | undefined): (values: RoundtableFormValues, field: ConflictField) => string {
  const offline = useOfflineI18n();
  const { t, format } = useEditingI18n();
  const empty = offline.t('conflict.empty');
  const label = (list: { code: string; label: string }[] | undefined, code: string) =>
    list?.find((entry) => entry.code === code)?.label ?? code;
  return (values, field) => {
    const lines = (() => {
      switch (field) {
        case 'date':
          return values.date ? [format.date(values.date)] : [];
        case 'format':
          return values.format ? [t(`format.${values.format}`)] : [];
        case 'attendance': {
          const a = values.attendance;
          const participants = a.kind === 'range' && a.participantsMax ? `${a.participants}–${a.participantsMax}` : a.participants;
          return [
            participants && `${t('form.participants')}: ${participants}`,
            a.online && `${t('format.ONLINE')}: ${a.online}`,
            a.onsite && `${t('format.ONSITE')}: ${a.onsite}`,
            a.organisations && `${t('form.organisations')}: ${a.organisations}`,
          ].filter((line): line is string => Boolean(line));
        }
        case 'categories':
          return Object.entries(values.categories)
            .filter(([, category]) => category.present)
            .map(([code, category]) => {
              const count = category.participantsMax ? `${category.participants}–${category.participantsMax}` : category.participants;
              return count ? `${label(options?.stakeholderCategories, code)}: ${count}` : label(options?.stakeholderCategories, code);
            });
        case 'challenges':
          return values.challenges
            .filter((row) => row.code)
            .map((row) =>
              row.note.trim() ? `${label(options?.challenges, row.code)}: ${row.note.trim()}` : label(options?.challenges, row.code),
            );
        case 'insights':
        case 'interests':
          return values[field].map((row) => row.text.trim()).filter(Boolean);
        case 'organisers':
          return values.organisers
            .filter((row) => row.organisation)
            .map((row) => `${row.organisation} (${t(`organiserRole.${row.role}`)})`);
        case 'sources':
          return values.sources
            .filter((row) => row.title.trim())
            .map((row) => [row.title, row.publisher, row.url].filter(Boolean).join(' · '));
        default:
          return values[field].trim() ? [values[field].trim()] : [];
      }
    })();
    return lines.length ? lines.join('\n') : empty;
  };
}
