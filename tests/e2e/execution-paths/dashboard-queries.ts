import { type DocumentNode, Kind, type OperationDefinitionNode, OperationTypeNode, print, visit } from 'graphql';
import * as generated from '../../../dashboard/src/__generated__/graphql';

export interface DashboardQuery {
  name: string;
  /** The text the dashboard's Apollo Client sends. */
  text: string;
  /** The names of the variables it declares. */
  variables: string[];
}

/**
 * Every query the dashboard sends: each generated document with an operation, read from the
 * module itself so that a document added to the dashboard is compared too. Mutations are left
 * out: run twice on one database, the second would not meet what the first met.
 */
export function dashboardQueries(): DashboardQuery[] {
  return Object.values(generated as Record<string, unknown>)
    .filter(isDocument)
    .flatMap((document) => {
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation?.operation !== OperationTypeNode.QUERY) return [];
      return [
        {
          name: operation.name?.value ?? print(operation),
          text: print(withTypenames(document)),
          variables: (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
        },
      ];
    });
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
}

/**
 * Apollo Client asks for __typename in every selection below the root, and the shortcut
 * leaves it to the subgraph to answer, so the documents are sent with it.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(selectionSet, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: unknown }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')) {
        return undefined;
      }
      return {
        ...selectionSet,
        selections: [...selectionSet.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}
