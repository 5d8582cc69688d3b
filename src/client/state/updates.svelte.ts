/**
 * A new version of the app, waiting. registerType is 'prompt': the service worker never takes over
 * by itself while someone is answering; the person chooses when.
 */
export class UpdatesState {
  available = $state(false);
  offlineReady = $state(false);
  #apply: ((reload?: boolean) => Promise<void>) | undefined;

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
    const check = () => {
      if (navigator.onLine) registration.update().catch(() => undefined);
    };
    setInterval(check, 60 * 60 * 1000);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  }

  async apply() {
    await this.#apply?.(true);
  }

  dismiss() {
    this.available = false;
  }
}

export const updates = new UpdatesState();
