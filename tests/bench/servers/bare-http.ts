// A bare node:http server running the analytics SQL with pg: what any HTTP API over this
// database costs at least. GET /<analytics>?regions=a,b answers {"data": {...}} in the GraphQL shape.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { ANALYTICS, ANALYTICS_SQL, type AnalyticsName, shapeAnalytics } from '../analytics-sql';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
  application_name: 'sira-bench-bare-http',
});
pool.on('error', (error) => console.warn(`[pool] ${error.message}`));

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const name = url.pathname.slice(1);
  try {
    if (name === 'health') {
      await pool.query('SELECT 1');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    if (!ANALYTICS.includes(name as AnalyticsName)) {
      res.writeHead(404).end();
      return;
    }
    const regions = url.searchParams.get('regions')?.split(',');
    const result = await pool.query(ANALYTICS_SQL[name as AnalyticsName](Boolean(regions)), regions ? [regions] : []);
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: shapeAnalytics(name as AnalyticsName, result.rows) }));
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () =>
  console.log(`bare-http ready on ${JSON.stringify(server.address())}`),
);
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
