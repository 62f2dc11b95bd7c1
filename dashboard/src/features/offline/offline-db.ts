import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import type { Session } from '../../app/session/session';
import { sessionStore } from '../../app/session/session-store';
import type { RoundtableFormValues } from '../roundtable-form/form-values';

/**
 * Where a draft stands: `editing` while its form is open (kept at every change, so a closed tab
 * or a crash loses nothing), `waiting` once saved without a connection, `syncing` while it is
 * sent, `conflict` when its record changed meanwhile, `refused` when the API named problems.
 */
export type DraftState = 'editing' | 'waiting' | 'syncing' | 'conflict' | 'refused';

/** A roundtable recorded or changed on this device and not yet accepted by the API. */
export interface Draft {
  /** A local id (a UUID), the address of `/drafts/:id`. */
  id: string;
  region: string;
  /** The record it changes; null for a new roundtable. */
  roundtableId: string | null;
  /** The version of the record it was read at, quoted when it is sent. */
  baseVersion: number | null;
  /** The record as read at that version, to tell what the coordinator changed from what others did. */
  base: RoundtableFormValues | null;
  values: RoundtableFormValues;
  createdAt: string;
  updatedAt: string;
  state: DraftState;
  /** Why the last sending failed, in the API's words or the browser's. */
  error: string | null;
}

/** An answer the API gave online, kept to be shown offline. */
export interface KeptAnswer {
  key: string;
  savedAt: string;
  data: unknown;
}

interface OfflineSchema extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { byCreated: string } };
  kept: { key: string; value: KeptAnswer };
}

const DRAFTS_CHANGED = 'sira:drafts-changed';

/** One database per user: what one coordinator typed or read is never another's, and goes with a sign-out. */
export const databaseName = (session: Session): string => `sira-offline:${session.viewer.role}:${encodeURIComponent(session.viewer.name)}`;

const opened = new Map<string, Promise<IDBPDatabase<OfflineSchema>>>();

function open(name: string): Promise<IDBPDatabase<OfflineSchema>> {
  let db = opened.get(name);
  if (!db) {
    db = openDB<OfflineSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
        database.createObjectStore('kept', { keyPath: 'key' });
      },
      // Another tab deletes it on signing out: let go, so the deletion is not blocked.
      terminated: () => opened.delete(name),
    });
    opened.set(name, db);
    void db.then((database) =>
      database.addEventListener('versionchange', () => {
        database.close();
        opened.delete(name);
      }),
    );
  }
  return db;
}

/** The signed-in user's database, or undefined when nobody is signed in. */
export function userDatabase(session = sessionStore.get().session): Promise<IDBPDatabase<OfflineSchema>> | undefined {
  return session ? open(databaseName(session)) : undefined;
}

function changed(): void {
  globalThis.dispatchEvent?.(new Event(DRAFTS_CHANGED));
}

/** Calls `listener` whenever a draft is added, changed or removed in this tab. */
export function onDraftsChanged(listener: () => void): () => void {
  globalThis.addEventListener(DRAFTS_CHANGED, listener);
  return () => globalThis.removeEventListener(DRAFTS_CHANGED, listener);
}

/** Every draft of the signed-in user, oldest first: the order they are sent in. */
export async function listDrafts(): Promise<Draft[]> {
  const db = await userDatabase();
  return db ? db.getAllFromIndex('drafts', 'byCreated') : [];
}

export async function getDraft(id: string): Promise<Draft | undefined> {
  return (await userDatabase())?.get('drafts', id);
}

export async function putDraft(draft: Draft): Promise<void> {
  const db = await userDatabase();
  if (!db) return;
  await db.put('drafts', draft);
  changed();
}

export async function deleteDraft(id: string): Promise<void> {
  const db = await userDatabase();
  if (!db) return;
  await db.delete('drafts', id);
  changed();
}

export async function keepAnswer(key: string, data: unknown): Promise<void> {
  await (await userDatabase())?.put('kept', { key, data, savedAt: new Date().toISOString() });
}

export async function keptAnswer(key: string): Promise<KeptAnswer | undefined> {
  return (await userDatabase())?.get('kept', key);
}

/** Deletes everything kept for `session`'s user on this device: on signing out. */
export async function forgetUser(session: Session): Promise<void> {
  const name = databaseName(session);
  const db = opened.get(name);
  opened.delete(name);
  (await db?.catch(() => undefined))?.close();
  await deleteDB(name);
  changed();
}
