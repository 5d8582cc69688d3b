/**
 * A new version of the app, waiting. registerType is 'prompt': the service worker never takes over
 * by itself while someone is answering; the person chooses when.
 *
 * Accepting in one tab hands every open tab to the new version, and each would reload at once. A tab
 * with work not on disk (an answer whose save failed, a note being typed) does not: it keeps its page
 * and says a reload is waiting.
 */
import { unsavedWork } from './unsaved-work.svelte.ts';

export class UpdatesState {
  available = $state(false);
  offlineReady = $state(false);
  /** Another tab accepted the update; this one kept its page because of unsaved work. */
  reloadWaiting = $state(false);
  #apply: ((reload?: boolean) => Promise<void>) | undefined;
  /** This tab's own "update" click: it reloads, whatever it holds (the banner asked first). */
  #accepted = false;
  #watching = false;

  /** Registers the service worker; again after "delete all my data" erased it with the rest. */
  async register() {
    if (!('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#apply = registerSW({
      onNeedRefresh: () => {
        this.available = true;
      },
      onOfflineReady: () => {
        this.offlineReady = true;
      },
      onNeedReload: () => this.#newVersionInControl(),
      onRegisteredSW: (_url, registration) => {
        if (registration) this.#watch(registration);
      },
    });
  }

  /**
   * A tab can stay open for days: look for a new version when the person comes back to the tab and
   * every hour. The browser only checks by itself on navigation, which a single-page app rarely does.
   */
  #watch(registration: ServiceWorkerRegistration) {
    if (this.#watching) return;
    this.#watching = true;
    const check = () => {
      if (navigator.onLine) registration.update().catch(() => undefined);
    };
    setInterval(check, 60 * 60 * 1000);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  }

  #newVersionInControl() {
    if (this.#accepted || !unsavedWork.any) location.reload();
    else {
      this.available = false;
      this.reloadWaiting = true;
    }
  }

  async apply() {
    this.#accepted = true;
    await this.#apply?.(true);
  }

  reload() {
    location.reload();
  }

  dismiss() {
    this.available = false;
  }
}

export const updates = new UpdatesState();
