import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { updates } from './state/updates.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });

// The service worker is not needed to show the first screen: register it once the page has loaded and
// the browser is idle, so its script never competes with the screen being opened (often a lazy one).
const register = () => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void updates.register(), { timeout: 3000 });
  else setTimeout(() => void updates.register(), 500);
};
if (document.readyState === 'complete') register();
else addEventListener('load', register, { once: true });
