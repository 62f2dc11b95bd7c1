import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import { parse } from 'graphql';
import { REPO_ROOT } from '../../core/config';
import type { InProcessDataSource } from '../in-process-data-source';
import { SingleSubgraphShortcut } from '../single-subgraph-shortcut';

const supergraphSdl = readFileSync(path.join(REPO_ROOT, 'schema/supergraph.graphql'), 'utf8');
// Which subgraphs run in this process is all the routing decision reads of them.
const inProcess = (...names: string[]) => new Map(names.map((name) => [name, {} as InProcessDataSource]));
const shortcut = (...names: string[]) =>
  new SingleSubgraphShortcut(new ApolloGateway({ supergraphSdl }), Supergraph.build(supergraphSdl), inProcess(...names));
const route = (query: string, names = ['geography', 'engagement', 'evaluation']) => shortcut(...names).subgraphAnswering(parse(query));

describe('SingleSubgraphShortcut', () => {
  it('sends an analytics query, fragments and aliases included, to the one subgraph that answers it', () => {
    expect(route('{ attendanceMix { region { slug } total { min max } } }')).toBe('engagement');
    expect(route('{ a: stakeholderMix { ...M } b: coverage { roundtables } } fragment M on StakeholderMixRow { category { code } }')).toBe(
      'engagement',
    );
    expect(route('{ regions { slug name country } }')).toBe('geography');
  });

  it('leaves to the gateway what needs two subgraphs', () => {
    expect(route('{ attendanceMix { region { name } total { min } } }')).toBeNull();
  });

  it('leaves to the gateway a subgraph served elsewhere, introspection and mutations', () => {
    expect(route('{ attendanceMix { total { min } } }', ['geography'])).toBeNull();
    expect(route('{ __schema { queryType { name } } attendanceMix { total { min } } }')).toBeNull();
    expect(route('mutation { deleteRoundtable(id: "00000000-0000-0000-0000-000000000000", expectedVersion: 1) }')).toBeNull();
  });
});
