/**
 * A message that outlives the screen that raised it: a screen that has to leave (its assessment was
 * deleted in another tab) says why on the screen it goes to.
 */
import type { Route } from './router.svelte.ts';

export class NoticeState {
  message = $state<string | undefined>();
  /** The screen it is shown on; leaving that screen closes it. */
  on = $state<Route['name']>('home');

  show(message: string, on: Route['name']) {
    this.message = message;
    this.on = on;
  }

  dismiss() {
    this.message = undefined;
  }
}

export const notice = new NoticeState();
