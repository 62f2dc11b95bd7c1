// Serves bench_pg through PostGraphile on node:http.
//   DATABASE_URL=postgres://... PORT=4600 node -r ./polyfill.cjs server.mjs
// Listens once the schema is built; GET /health answers 200 from then on, for the harness.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { benchPreset } from './preset.mjs';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !(port > 0)) {
  console.error('Set DATABASE_URL and PORT, e.g. DATABASE_URL=postgres://root@127.0.0.1:5432/sira PORT=4600.');
  process.exit(2);
}

const pgl = postgraphile(benchPreset({ connectionString }));
const serv = pgl.createServ(grafserv);
// addTo's handler, with /health in front (no websockets: the benchmark has no subscriptions).
const graphql = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/health') res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  else graphql(req, res);
});
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/graphql`));

const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
