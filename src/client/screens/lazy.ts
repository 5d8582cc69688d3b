/**
 * Every screen but Home, each a chunk loaded when first visited. Shared by App (which shows them) and
 * deep-link.ts (which starts loading the one a deep link opens before the app has mounted).
 */
import type { Component } from 'svelte';
import type { Route } from '../routes.ts';

export type LazyRouteName = Exclude<Route['name'], 'home'>;

// Components take different props per route: App passes each the route it is for.
type ScreenModule = { default: Component<any> };

export const lazyScreens: Record<LazyRouteName, () => Promise<ScreenModule>> = {
  organization: () => import('./Profile.svelte'),
  organizations: () => import('./Organizations.svelte'),
  assessment: () => import('./Questionnaire.svelte'),
  result: () => import('./Result.svelte'),
  roadmap: () => import('./Roadmap.svelte'),
  path: () => import('./Path.svelte'),
  inventory: () => import('./Inventory.svelte'),
  settings: () => import('./Settings.svelte'),
  editor: () => import('./editor-screen.ts').then((m) => m.loadEditor()),
  dashboard: () => import('./Dashboard.svelte'),
  'not-found': () => import('./NotFound.svelte'),
};
