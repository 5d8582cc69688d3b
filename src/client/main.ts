// First: a deep link starts loading its screen and reading its data while the rest evaluates.
import './deep-link.ts';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { updates } from './state/updates.svelte.ts';
import { countQueued } from './storage/first-reads.ts';
import { erasePending } from './storage/erase-pending.ts';
import { nextTask } from './paint.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// Evaluating the first screen's code and drawing the app were one task, the longest of every start
// on a slow phone (over 100 ms under Lighthouse's 4x slower CPU): drawn in a task of its own, a key
// or a click can be answered in between.
await nextTask();
// The header index.html drew while this code loaded: the app draws its own in the same place.
target.replaceChildren();
mount(App, { target });

// The service worker is not needed to show the first screen: register it a second after the page has
// loaded, when the browser is idle, so its scripts never compete with the screen being opened (often a
// lazy one that loads after the load event).
const register = () =>
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => void updates.register(), { timeout: 3000 });
    else void updates.register();
  }, 1000);
// Nor is the sync outbox, which loads only when something chosen for sharing still waits to be sent.
const afterLoad = () => {
  register();
  void countQueued().then(async (n) => {
    if (n > 0) void (await import('./sync/runner.ts')).outboxRunner.start();
  });
};
// "Delete all my data" done offline left the browser's files to erase: done at a start online.
const finishErase = () => {
  if (erasePending() && navigator.onLine) void import('./state/backup.ts').then(({ backup }) => backup.finishPendingErase());
};
finishErase();
addEventListener('online', finishErase);
if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, { once: true });
