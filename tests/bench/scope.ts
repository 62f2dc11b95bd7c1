// What the harness asks of a loaded data set: ten regions spread over it, the region page's
// region, and a token of an ANALYST the servers accept.
import { Client } from 'pg';
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import type { BenchScope } from './candidate';
import { BENCH_JWT_SECRET } from './processes';

export async function benchScope(databaseUrl: string): Promise<BenchScope> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT r.slug, count(rt.id)::int AS roundtables FROM engagement.region_ref r
       LEFT JOIN engagement.roundtable rt ON rt.region_slug = r.slug GROUP BY r.slug ORDER BY r.slug`,
    );
    const withRoundtables = rows.filter((row) => row.roundtables > 0).map((row) => row.slug as string);
    // Ten regions spread over the slug order, so a selection is not the first ten inserted.
    const step = Math.max(1, Math.floor(withRoundtables.length / 10));
    const tenRegions = withRoundtables.filter((_, index) => index % step === 0).slice(0, 10);
    return {
      databaseUrl,
      tenRegions,
      pageRegion: tenRegions[Math.floor(tenRegions.length / 2)] as string,
      analystToken: await signToken(new TextEncoder().encode(BENCH_JWT_SECRET), {
        role: Role.ANALYST,
        subject: 'bench-analyst',
        regions: [],
      }),
    };
  } finally {
    await client.end();
  }
}
