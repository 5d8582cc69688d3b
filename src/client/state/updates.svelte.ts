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
