/**
 * Persistent storage (navigator.storage.persist): asked once, after the first answer is saved, when
 * the person has shown they are using the app; the answer is shown in settings.
 */
import { getSetting, putSetting } from '../storage/first-reads.ts';

export type PersistenceStatus = 'unknown' | 'persisted' | 'not-persisted' | 'unsupported';

const KEY = 'persistentStorageAsked';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export class PersistenceState {
  status = $state<PersistenceStatus>('unknown');

  async refresh() {
    if (!navigator.storage?.persisted) {
      this.status = 'unsupported';
      return;
    }
    const persisted = await navigator.storage.persisted();
    const asked = await getSetting(KEY, isBoolean);
    this.status = persisted ? 'persisted' : asked ? 'not-persisted' : 'unknown';
  }

  /** Called after each saved answer; asks the browser only the first time. */
  async requestOnce() {
    if (this.status === 'persisted' || !navigator.storage?.persist) return;
    if (await getSetting(KEY, isBoolean)) return;
    await putSetting(KEY, true);
    const granted = await navigator.storage.persist();
    this.status = granted ? 'persisted' : 'not-persisted';
  }
}

export const persistence = new PersistenceState();
