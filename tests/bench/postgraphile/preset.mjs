// The PostGraphile peer of the benchmark: the standard Amber preset over schema bench_pg,
// with a pool as large as a subgraph's and nothing for development (no watch, GraphiQL or explain).
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/** @param {{ connectionString: string }} options */
export function benchPreset({ connectionString }) {
  /** @type {GraphileConfig.Preset} */
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString, schemas: ['bench_pg'], pubsub: false, poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
  return preset;
}
