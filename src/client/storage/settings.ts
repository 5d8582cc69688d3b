import { db } from './db.ts';

export async function getSetting<T>(key: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row && guard(row.value) ? row.value : undefined;
}

export async function putSetting(key: string, value: unknown): Promise<void> {
  await db().transaction('rw', db().settings, () => db().settings.put({ key, value }));
}

export { LAST_BACKUP_KEY } from './setting-keys.ts';
