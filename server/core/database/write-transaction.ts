import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode, errorText } from '../errors';

/** PostgreSQL's "deadlock detected" and "could not serialize access": the work itself was fine. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

const codeOf = (error: unknown): string | undefined => {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  return typeof code === 'string' ? code : typeof driverError?.code === 'string' ? driverError.code : undefined;
};

/**
 * A write in one transaction, run again when PostgreSQL chose it to break a deadlock or a
 * serialization failure with a concurrent write: nothing of it was kept, so it is run afresh,
 * a few times, after a short random pause. If it still cannot go through, the writer is told
 * to try again (CONFLICT), never an internal error.
 */
export async function writeTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (!RETRYABLE.has(codeOf(error) ?? '')) throw error;
      if (attempt >= ATTEMPTS) {
        throw new DomainError(ErrorCode.CONFLICT, errorText('concurrentWrites'));
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
