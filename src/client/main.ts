import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { updates } from './state/updates.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
mount(App, { target });

// The service worker is not needed to show the first screen: register it once the page has loaded.
if (document.readyState === 'complete') void updates.register();
else addEventListener('load', () => void updates.register(), { once: true });
