import type { DataSource } from 'typeorm';
import { writeTransaction } from '../database/write-transaction';
import { DomainError, ErrorCode } from '../errors';

/** A data source whose transactions fail with these PostgreSQL codes, one a run, then succeed. */
function failingWith(...codes: string[]) {
  let runs = 0;
  const db = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) => {
      const code = codes[runs++];
      if (code) throw Object.assign(new Error(`failed with ${code}`), { code });
      return work({});
    },
  } as unknown as DataSource;
  return { db, runs: () => runs };
}

describe('writeTransaction', () => {
  it('runs a write again that PostgreSQL broke off to end a deadlock or a serialization failure', async () => {
    const { db, runs } = failingWith('40P01', '40001');
    await expect(writeTransaction(db, async () => 'saved')).resolves.toBe('saved');
    expect(runs()).toBe(3);
  });

  it('tells the writer to send it again (CONFLICT) when three runs in a row are broken off', async () => {
    const { db, runs } = failingWith('40P01', '40P01', '40P01', '40P01');
    const refusal = await writeTransaction(db, async () => 'saved').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe(ErrorCode.CONFLICT);
    expect(runs()).toBe(3);
  });

  it('passes any other error on at once', async () => {
    const { db, runs } = failingWith('23505');
    await expect(writeTransaction(db, async () => 'saved')).rejects.toMatchObject({ code: '23505' });
    expect(runs()).toBe(1);
  });
});
