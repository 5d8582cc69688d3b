/**
 * Page models and raw-storage helpers for the local-data durability cases: writing into IndexedDB
 * behind the app's back (as an older release or another program would have left it), a disk that
 * fills up for one table, and backup files re-signed after an edit.
 */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { checksumOf } from '../../../src/client/storage/backup/format.ts';
import { withoutAnswers } from '../../../src/client/storage/assessment-answers.ts';

type Row = Record<string, unknown>;

/**
 * In the page: runs `change` on every row of `store` in the app's database, without the app knowing.
 * With `within`, on every row of the array each record holds in that field (the record is kept).
 */
export async function editStoredRows(page: Page, store: string, change: string, within?: string): Promise<void> {
  await page.evaluate(
    async ({ store, change, within }) => {
      const edit = new Function('row', change) as (row: Record<string, unknown>) => Record<string, unknown> | null;
      const idb: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('diapason');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(store, 'readwrite');
        const os = tx.objectStore(store);
        const cursorRequest = os.openCursor();
        cursorRequest.onsuccess = () => {
          const cursor = cursorRequest.result;
          if (!cursor) return;
          let next: Record<string, unknown> | null;
          if (within) {
            const rows = ((cursor.value[within] ?? []) as Record<string, unknown>[]).map((row) => edit(structuredClone(row))).filter((row) => row !== null);
            next = { ...cursor.value, [within]: rows };
          } else next = edit(structuredClone(cursor.value));
          if (next === null) cursor.delete();
          else cursor.update(next);
          cursor.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
    { store, change, within },
  );
}

/** In the page: adds rows to a store of the app's database, without the app knowing. */
export async function addStoredRows(page: Page, store: string, rows: Row[]): Promise<void> {
  await page.evaluate(
    async ({ store, rows }) => {
      const idb: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('diapason');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
    { store, rows },
  );
}

/**
 * In the page: runs `change` on every stored answer (answers are kept in their assessment's record:
 * src/client/storage/assessment-answers.ts), without the app knowing; null removes the answer.
 */
export async function editStoredAnswers(page: Page, change: string): Promise<void> {
  await editStoredRows(page, 'assessments', change, 'answers');
}

/** In the page: adds answers (one row each, as the backup file has them) into their assessments' records. */
export async function addStoredAnswers(page: Page, rows: Row[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const idb: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('diapason');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('assessments', 'readwrite');
      const store = tx.objectStore('assessments');
      for (const id of new Set(rows.map((r) => String(r.assessmentId)))) {
        const reading = store.get(id);
        reading.onsuccess = () => {
          const record = reading.result as { answers?: Record<string, unknown>[] } | undefined;
          if (!record) throw new Error(`no assessment ${id} to add answers to`);
          const answers = record.answers ?? [];
          for (const row of rows.filter((r) => String(r.assessmentId) === id)) {
            const at = answers.findIndex((a) => a.itemId === row.itemId);
            if (at < 0) answers.push(row);
            else answers[at] = row;
          }
          store.put({ ...record, answers });
        };
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  }, rows);
}

/** The stored answers of a dump of the app's database (./data.ts `readDatabase`), one row each. */
export function answersOf(dump: { stores: { name: string; rows: unknown[] }[] }): Row[] {
  return withoutAnswers((dump.stores.find((s) => s.name === 'assessments')?.rows ?? []) as Row[]).answers;
}

/**
 * Before the app loads: every put into `store` fails as on a full disk while `window.__diskFull` is
 * true (set it with `setDiskFull`).
 */
export async function simulateFullDisk(page: Page, store: string): Promise<void> {
  await page.addInitScript(failPutsWhenFull, store);
}

/** The same for every page of a context. */
export async function simulateFullDiskIn(context: BrowserContext, store: string): Promise<void> {
  await context.addInitScript(failPutsWhenFull, store);
}

/** Self-contained: Playwright sends its source text to each page. */
function failPutsWhenFull(store: string) {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store && (window as { __diskFull?: boolean }).__diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

export async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((full) => ((window as { __diskFull?: boolean }).__diskFull = full), full);
}

/** A backup file edited by hand, then given a checksum that matches again (the checksum has no key). */
export async function resign(text: string, edit: (file: Row & { data: Record<string, Row[]> }) => void): Promise<string> {
  const file = JSON.parse(text) as Row & { data: Record<string, Row[]> };
  edit(file);
  file.checksum = await checksumOf(file);
  return JSON.stringify(file, null, 2);
}

/** The note field of a question, opened. */
export async function openNote(question: Locator): Promise<Locator> {
  const box = question.getByRole('textbox');
  if (!(await box.isVisible())) await question.getByText(/^(Note|Note \(optional\))/).first().click();
  await expect(box).toBeVisible();
  return box;
}
