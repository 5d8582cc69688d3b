import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { updates } from './state/updates.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });

// The service worker is not needed to show the first screen: register it once the page has loaded.
// Nor is the sync outbox: it sends only what someone chose to share, whenever the network allows.
const afterLoad = () => {
  void updates.register();
  void import('./sync/runner.ts').then(({ outboxRunner }) => outboxRunner.start());
};
if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, { once: true });
