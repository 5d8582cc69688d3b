import { href, parseHash, type Route } from '../routes.ts';

export type { Route } from '../routes.ts';

export class Router {
  current = $state<Route>(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => {
      this.current = parseHash(location.hash);
    });
  }

  go(route: Route, { replace = false } = {}) {
    const next = href(route);
    if (replace) history.replaceState(null, '', next);
    else if (location.hash !== next) history.pushState(null, '', next);
    this.current = parseHash(next);
  }
}

export const router = new Router();
