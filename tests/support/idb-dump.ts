/**
 * A raw IndexedDB database as JSON, and back: how legacy database fixtures are captured from a real
 * browser running an earlier release, and restored (in Chromium or in fake-indexeddb) exactly as that
 * release left them, so the current code can open them.
 *
 * Both functions are self-contained (no imports, no closures) because Playwright sends their source
 * text to the page with `page.evaluate(dumpIndexedDb, 'diapason')`.
 */

export interface IndexDump {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreDump {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexDump[];
  /** Every record, in key order, as IndexedDB returned it (inline keys: the key is in the row). */
  rows: unknown[];
}

export interface DatabaseDump {
  name: string;
  /** IndexedDB's own version number (Dexie's version × 10). */
  version: number;
  stores: StoreDump[];
}

export async function dumpIndexedDb(name: string): Promise<DatabaseDump> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const openRequest = indexedDB.open(name);
  openRequest.onupgradeneeded = () => {
    openRequest.transaction?.abort();
  };
  const idb = await request(openRequest);
  try {
    const names = Array.from(idb.objectStoreNames).sort();
    const stores: StoreDump[] = [];
    for (const storeName of names) {
      const store = idb.transaction(storeName, 'readonly').objectStore(storeName);
      const indexes = Array.from(store.indexNames)
        .sort()
        .map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
      const rows = await request(store.getAll());
      stores.push({ name: storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, rows });
    }
    return { name: idb.name, version: idb.version, stores };
  } finally {
    idb.close();
  }
}

/** Recreates `dump` as a new database of the same name and version; fails if one already exists. */
export async function restoreIndexedDb(dump: DatabaseDump): Promise<void> {
  const openRequest = indexedDB.open(dump.name, dump.version);
  await new Promise<void>((resolve, reject) => {
    openRequest.onupgradeneeded = (event) => {
      if (event.oldVersion !== 0) {
        openRequest.transaction?.abort();
        reject(new Error(`database ${dump.name} already exists`));
        return;
      }
      const idb = openRequest.result;
      for (const store of dump.stores) {
        const created = idb.createObjectStore(store.name, {
          keyPath: store.keyPath ?? undefined,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
        for (const row of store.rows) created.add(row);
      }
    };
    openRequest.onsuccess = () => {
      openRequest.result.close();
      resolve();
    };
    openRequest.onerror = () => reject(openRequest.error);
  });
}
