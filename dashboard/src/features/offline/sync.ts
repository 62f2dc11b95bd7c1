import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { isUnauthenticated } from '../../app/apollo';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { readWriteRefusal } from '../../data/api-errors';
import { toRoundtableInput } from '../roundtable-form/form-values';
import { CREATE_ROUNDTABLE, UPDATE_ROUNDTABLE } from '../roundtable-form/roundtable-writes';
import { isUnreachable } from './kept-answers';
import { type Draft, deleteDraft, listDrafts, putDraft } from './offline-db';

/** Why sending stopped before every draft was sent; each stays kept. */
export type SyncStop = { reason: 'offline' } | { reason: 'signedOut' } | { reason: 'failed'; message: string };

export interface SyncStatus {
  running: boolean;
  /** Drafts the API accepted in the last run. */
  synced: number;
  stopped: SyncStop | null;
  /** When the last run ended, to ask again what reviewers returned meanwhile. */
  endedAt: number | null;
}

let status: SyncStatus = { running: false, synced: 0, stopped: null, endedAt: null };
const listeners = new Set<() => void>();
function setStatus(next: SyncStatus) {
  status = next;
  for (const listener of listeners) listener();
}

export const useSyncStatus = (): SyncStatus =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );

/**
 * How long a send may wait for its answer before it counts as unreachable and the draft waits
 * again: a request the line (or the browser, just back online) holds must not hold the sync.
 */
const SEND_TIMEOUT_MS = 10_000;

/** A draft is sent as the form sends it: the same input, which the API checks by the same rules. */
async function send(client: ApolloClient, draft: Draft): Promise<void> {
  const { input } = toRoundtableInput(draft.values, { required: '', wholeNumber: '' });
  const context = { fetchOptions: { signal: AbortSignal.timeout(SEND_TIMEOUT_MS) } };
  if (draft.roundtableId && draft.baseVersion !== null) {
    await client.mutate({
      mutation: UPDATE_ROUNDTABLE,
      variables: { id: draft.roundtableId, expectedVersion: draft.baseVersion, input },
      update: forgetRoundtableFigures,
      context,
    });
  } else {
    await client.mutate({ mutation: CREATE_ROUNDTABLE, variables: { input }, update: forgetRoundtableFigures, context });
  }
}

/** What the API's refusal leaves of a draft: a conflict to resolve, or problems to correct in the form. */
function refused(draft: Draft, error: unknown): Draft {
  const refusal = readWriteRefusal(error);
  if (refusal.kind === 'staleVersion') return { ...draft, state: 'conflict', error: refusal.message };
  const message =
    refusal.kind === 'problems' ? refusal.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') : refusal.message;
  return { ...draft, state: 'refused', error: message };
}

async function run(client: ApolloClient): Promise<SyncStatus> {
  let synced = 0;
  const end = (stopped: SyncStop | null): SyncStatus => ({ running: false, synced, stopped, endedAt: Date.now() });
  // Oldest first, each with the version it was read at; `syncing` is one a closed tab left half sent.
  for (const draft of await listDrafts()) {
    if (draft.state !== 'waiting' && draft.state !== 'syncing') continue;
    if (!navigator.onLine) return end({ reason: 'offline' });
    await putDraft({ ...draft, state: 'syncing' });
    try {
      await send(client, draft);
      await deleteDraft(draft.id);
      synced += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isUnauthenticated(error)) {
        await putDraft({ ...draft, state: 'waiting', error: message });
        return end({ reason: 'signedOut' });
      }
      if (isUnreachable(error)) {
        await putDraft({ ...draft, state: 'waiting', error: message });
        return end(navigator.onLine ? { reason: 'failed', message } : { reason: 'offline' });
      }
      await putDraft(refused(draft, error));
    }
  }
  return end(null);
}

let current: Promise<SyncStatus> | null = null;

/** Sends the drafts waiting, one at a time, oldest first; a run already going is joined. */
export function syncDrafts(client: ApolloClient): Promise<SyncStatus> {
  if (!current) {
    setStatus({ ...status, running: true });
    current = run(client)
      .catch((error: unknown) => ({
        running: false,
        synced: 0,
        stopped: { reason: 'failed' as const, message: String(error) },
        endedAt: Date.now(),
      }))
      .then((next) => {
        current = null;
        setStatus(next);
        return next;
      });
  }
  return current;
}
