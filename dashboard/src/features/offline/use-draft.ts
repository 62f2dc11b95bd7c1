import { useEffect, useMemo, useRef } from 'react';
import type { RoundtableFormValues } from '../roundtable-form/form-values';
import { type Draft, deleteDraft, putDraft } from './offline-db';

/** What the form does with its draft on this device. */
export interface DraftKeeper {
  /** Keeps what the form holds now (debounced), as a draft still being typed. */
  change(values: RoundtableFormValues): void;
  /** Keeps it to be sent when the connection is back. */
  saveOffline(values: RoundtableFormValues): Promise<void>;
  /** The API accepted it: nothing more to keep. */
  discard(): Promise<void>;
  /** Keeps at once what waits for the debounce. */
  flush(): Promise<void>;
}

/** What a draft is of: a new roundtable of a region, or a change to one read at a version. */
export interface DraftTarget {
  region: string;
  roundtableId: string | null;
  baseVersion: number | null;
  base: RoundtableFormValues | null;
}

const KEEP_AFTER_MS = 400;

/**
 * Keeps the form's values on this device as they are typed, so that closing the tab, a crash
 * or a failed save loses nothing; `existing` is the draft the form was opened from.
 */
export function useDraftKeeper(target: DraftTarget, existing?: Draft): DraftKeeper {
  const draft = useRef<Draft | null>(existing ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<RoundtableFormValues | null>(null);
  const targetRef = useRef(target);
  targetRef.current = target;

  const keeper = useMemo<DraftKeeper>(() => {
    const write = async (values: RoundtableFormValues, state: Draft['state']) => {
      const now = new Date().toISOString();
      const previous = draft.current;
      const next: Draft = previous
        ? { ...previous, values, state, updatedAt: now, error: state === 'editing' ? previous.error : null }
        : { id: crypto.randomUUID(), ...targetRef.current, values, state, createdAt: now, updatedAt: now, error: null };
      draft.current = next;
      await putDraft(next);
    };
    const flush = () => {
      clearTimeout(timer.current);
      const values = pending.current;
      pending.current = null;
      // A draft waiting to be sent stays so while it is looked at again.
      const state = draft.current && draft.current.state !== 'editing' ? draft.current.state : 'editing';
      return values ? write(values, state).catch(() => undefined) : Promise.resolve();
    };
    return {
      change(values) {
        pending.current = values;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), KEEP_AFTER_MS);
      },
      async saveOffline(values) {
        clearTimeout(timer.current);
        pending.current = null;
        await write(values, 'waiting');
      },
      async discard() {
        clearTimeout(timer.current);
        pending.current = null;
        if (draft.current) await deleteDraft(draft.current.id);
        draft.current = null;
      },
      flush,
    };
  }, []);

  // Leaving the page (or the tab) keeps what was typed last.
  useEffect(() => {
    const flush = () => void keeper.flush();
    globalThis.addEventListener('pagehide', flush);
    return () => {
      globalThis.removeEventListener('pagehide', flush);
      flush();
    };
  }, [keeper]);
  return keeper;
}
