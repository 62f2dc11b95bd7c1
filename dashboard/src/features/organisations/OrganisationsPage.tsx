import './organisations.css';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { OrganisationSortField } from '../../__generated__/graphql';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { usePageTitle } from '../../app/page-title';
import {
  mayEditOrganisation,
  mayReadOrganisationHistory,
  mayRecordOrganisations,
  maySeeOrganisations,
} from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { usePaging } from '../quality/paging';
import { DeletedOrganisations, ORGANISATION_DELETIONS } from './DeletedOrganisations';
import { DeleteOrganisationDialog } from './DeleteOrganisationDialog';
import type { OrganisationRow, RowActions } from './OrganisationColumns';
import { OrganisationDialog, type RegionChoice } from './OrganisationDialog';
import { OrganisationFiltersBar } from './OrganisationFiltersBar';
import { OrganisationHistoryDialog } from './OrganisationHistoryDialog';
import { ORGANISATION_PAGE, OrganisationTable } from './OrganisationTable';
import { useOrganisationChoices } from './organisation-choices';
import { toOrganisationFilter, useOrganisationFilters } from './organisation-filters';

/**
 * `/organisations`: the organisations that organise or take part in the platforms, searched by
 * name and narrowed by region and category, a page at a time. ADMIN records and changes every
 * one; a coordinator those of its own regions; everyone else reads. Each change is audited, a
 * deletion can be undone, and the history says who changed what.
 */
export default function OrganisationsPage() {
  const { t } = useOrganisationsI18n();
  usePageTitle(t('organisations.title'));
  const client = useApolloClient();
  const viewer = useSession()?.viewer;
  const choices = useOrganisationChoices();
  const [filters, setFilters] = useOrganisationFilters();
  const paging = usePaging<OrganisationSortField>('NAME');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<OrganisationRow | null>(null);
  const [deleting, setDeleting] = useState<OrganisationRow | null>(null);
  const [historyOf, setHistoryOf] = useState<OrganisationRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  const categoryNames = new Map(choices.categories.map((choice) => [choice.value, choice.label]));
  const regionNames = new Map(choices.regions.map((choice) => [choice.value, choice.label]));
  const names = {
    category: (code: string) => categoryNames.get(code) ?? code,
    region: (slug: string) => regionNames.get(slug) ?? slug,
  };
  // Where the viewer may record one: ADMIN anywhere and across regions, a coordinator in its own regions.
  const regionChoice: RegionChoice = {
    choose: choices.regions.filter((choice) => mayEditOrganisation(viewer, choice.value)),
    acrossRegions: mayEditOrganisation(viewer, null),
  };
  const mayRead = maySeeOrganisations(viewer);
  const actions: RowActions | null = mayRead
    ? {
        edit: setEditing,
        remove: setDeleting,
        history: setHistoryOf,
        mayEdit: (row) => mayEditOrganisation(viewer, row.region?.slug ?? null),
        mayReadHistory: (row) => mayReadOrganisationHistory(viewer, row.region?.slug ?? null),
      }
    : null;

  /** Says what was done where the focus goes, and reads the list (and the deletions) again. */
  const done = (message: string) => {
    setStatus(message);
    void client.refetchQueries({ include: [ORGANISATION_PAGE, ...(mayRead ? [ORGANISATION_DELETIONS] : [])] });
    // After the dialog has given the focus back to its button, which a deletion may have removed.
    requestAnimationFrame(() => statusLine.current?.focus());
  };
  const reread = () => void client.refetchQueries({ include: [ORGANISATION_PAGE] });

  return (
    <>
      <h1>{t('organisations.title')}</h1>
      <p className="page-intro">{t('organisations.intro')}</p>
      <p ref={statusLine} className="organisation-status" role="status" tabIndex={-1}>
        {status}
      </p>
      {mayRecordOrganisations(viewer) && (
        <div className="page-tools">
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('organisations.addAction')}
          </button>
        </div>
      )}
      <section className="card" aria-labelledby="organisation-list-title">
        <h2 id="organisation-list-title">{t('organisations.listTitle')}</h2>
        <OrganisationFiltersBar
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            paging.setOffset(0);
          }}
          categories={choices.categories}
          regions={choices.regions}
        />
        <OrganisationTable filter={toOrganisationFilter(filters)} paging={paging} categoryLabel={names.category} actions={actions} />
      </section>
      {mayRead && <DeletedOrganisations regionName={names.region} onRestored={(name) => done(t('organisations.restored', { name }))} />}

      <OrganisationDialog
        open={adding}
        region={regionChoice}
        onClose={() => setAdding(false)}
        onSaved={(saved) => {
          setAdding(false);
          done(t('organisations.added', { name: saved.name }));
        }}
      />
      <OrganisationDialog
        open={editing !== null}
        organisation={editing}
        region={regionChoice}
        onClose={() => setEditing(null)}
        onStale={reread}
        onSaved={(saved) => {
          setEditing(null);
          done(t('organisations.saved', { name: saved.name }));
        }}
      />
      <DeleteOrganisationDialog
        organisation={deleting}
        onClose={() => setDeleting(null)}
        onStale={reread}
        onDeleted={(deleted) => {
          setDeleting(null);
          done(t('organisations.deleted', { name: deleted.name }));
        }}
      />
      <OrganisationHistoryDialog organisation={historyOf} names={names} onClose={() => setHistoryOf(null)} />
    </>
  );
}
