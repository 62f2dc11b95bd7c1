import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { OrganisationFilter, OrganisationSortField } from '../../__generated__/graphql';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { ErrorState, Loading } from '../../ui/States';
import { PagedTable } from '../quality/PagedTable';
import type { Paging } from '../quality/paging';
import { organisationColumns, type RowActions } from './OrganisationColumns';

export const ORGANISATION_PAGE = graphql(`
  query OrganisationPage($organisationFilter: OrganisationFilter, $page: PageInput, $organisationOrder: OrganisationOrder) {
    organisationPage(filter: $organisationFilter, page: $page, orderBy: $organisationOrder) {
      totalCount
      rows {
        ...OrganisationFields
      }
    }
  }
`);

/** One page of the organisations that match, sortable by each heading, every row downloadable. */
export function OrganisationTable({
  filter,
  paging,
  categoryLabel,
  actions,
}: {
  filter: OrganisationFilter | undefined;
  paging: Paging<OrganisationSortField>;
  categoryLabel: (code: string) => string;
  actions: RowActions | null;
}) {
  const i18n = useOrganisationsI18n();
  const { t } = i18n;
  const client = useApolloClient();
  const variables = { organisationFilter: filter, page: paging.page, organisationOrder: paging.orderBy };
  const { data, previousData, error, loading, refetch } = useQuery(ORGANISATION_PAGE, { variables, fetchPolicy: 'cache-and-network' });
  // While the next page loads, the last one stays, so the table does not jump.
  const page = (data ?? previousData)?.organisationPage;
  const fetchPage = async (pageAsked: { offset: number; limit: number }) =>
    (await client.query({ query: ORGANISATION_PAGE, variables: { ...variables, page: pageAsked }, fetchPolicy: 'network-only' })).data
      ?.organisationPage ?? { totalCount: 0, rows: [] };
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !page) return <Loading />;
  if (!page) return null;
  return (
    <PagedTable
      caption={t('organisations.listCaption')}
      className="organisation-table"
      columns={organisationColumns(i18n, categoryLabel, actions)}
      page={page}
      paging={paging}
      rowKey={(row) => row.slug}
      fetchPage={fetchPage}
      filename={t('organisations.file')}
    />
  );
}
