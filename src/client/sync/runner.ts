/**
 * Runs the outbox: when the app loads with something queued (main.ts), when something is queued, when
 * the connection comes back, and when the next retry is due. One pass at a time in this tab, and one tab at a time (Web Locks), though the
 * idempotency keys would make a double send harmless anyway. Nothing is attempted while the browser
 * says it is offline: the 'online' event starts a pass at once, without waiting for the backoff.
 */
import { processOutbox } from './outbox.ts';

/** setTimeout's largest delay; later retries are simply re-planned on the next pass. */
const MAX_TIMER_MS = 2_147_483_647;

class OutboxRunner {
  #started = false;
  #running: Promise<void> | null = null;
  #again: { force: boolean } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Listens for the network's return and makes a first pass; calling it again only makes a pass. */
  start(): Promise<void> {
    if (!this.#started) {
      this.#started = true;
      addEventListener('online', () => void this.kick({ force: true }));
    }
    return this.kick();
  }

  /** A pass now; `force` also tries the rows whose retry is not due yet (the network just came back). */
  kick({ force = false } = {}): Promise<void> {
    if (this.#running) {
      this.#again = { force: force || (this.#again?.force ?? false) };
      return this.#running;
    }
    this.#running = this.#pass(force).finally(() => {
      this.#running = null;
      const again = this.#again;
      this.#again = null;
      if (again) void this.kick(again);
    });
    return this.#running;
  }

  async #pass(force: boolean) {
    if (!navigator.onLine) return;
    const work = () => processOutbox(undefined, { force });
    let next: string | undefined;
    try {
      next = navigator.locks ? await navigator.locks.request('diapason-outbox', work) : await work();
    } catch (error) {
      console.error('[diapason] the outbox could not be processed', error);
      return;
    }
    clearTimeout(this.#timer);
    if (next) {
      const wait = Math.min(MAX_TIMER_MS, Math.max(0, Date.parse(next) - Date.now()));
      this.#timer = setTimeout(() => void this.kick(), wait);
    }
  }
}

export const outboxRunner = new OutboxRunner();
