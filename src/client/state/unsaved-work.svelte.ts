/**
 * What this tab shows that is not on disk yet: answers whose save failed, notes being typed. An
 * update must not reload the tab over them, and its banner must not say everything is saved.
 */
export class UnsavedWork {
  #keys = $state<Record<string, true>>({});

  any = $derived(Object.keys(this.#keys).length > 0);

  mark(key: string) {
    this.#keys[key] = true;
  }

  unmark(key: string) {
    delete this.#keys[key];
  }

  /** Forgets every key that starts with `prefix` (a screen that goes away). */
  forget(prefix: string) {
    for (const key of Object.keys(this.#keys)) if (key.startsWith(prefix)) delete this.#keys[key];
  }
}

export const unsavedWork = new UnsavedWork();
