import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { href, parseHash, type Route } from '../../../src/client/routes.ts';

describe('hash routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/organisme', { name: 'organization', mode: 'new' }],
    ['#/organisme/modifier', { name: 'organization', mode: 'edit' }],
    ['#/organismes', { name: 'organizations' }],
    ['#/organismes/x', { name: 'not-found' }],
    ['#/evaluation/abc-1', { name: 'assessment', id: 'abc-1' }],
    ['#/evaluation/abc-1/usage', { name: 'assessment', id: 'abc-1', dimension: 'usage' }],
    ['#/resultat/abc-1', { name: 'result', id: 'abc-1' }],
    ['#/parametres', { name: 'settings' }],
    ['#/editeur', { name: 'editor' }],
    ['#/editeur/collecte', { name: 'editor', dimension: 'collecte' }],
    ['#/editeur/a/b', { name: 'not-found' }],
    ['#/feuille-de-route/abc-1', { name: 'roadmap', id: 'abc-1' }],
    ['#/parcours', { name: 'path' }],
    ['#/parcours/x', { name: 'not-found' }],
    ['#/cqm', { name: 'dashboard' }],
    ['#/cqm/x', { name: 'not-found' }],
    ['#/nimporte', { name: 'not-found' }],
    ['#/evaluation', { name: 'not-found' }],
    ['#/evaluation/<script>', { name: 'not-found' }],
    ['#/resultat/a/b', { name: 'not-found' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('href and parseHash agree for every route', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,36}$/);
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ name: 'home' } as const),
      fc.constantFrom<Route>({ name: 'organization', mode: 'new' }, { name: 'organization', mode: 'edit' }),
      fc.record({ name: fc.constant('assessment' as const), id }),
      fc.record({ name: fc.constant('assessment' as const), id, dimension: id }),
      fc.record({ name: fc.constant('result' as const), id }),
      fc.record({ name: fc.constant('roadmap' as const), id }),
      fc.constant({ name: 'path' } as const),
      fc.constant({ name: 'settings' } as const),
      fc.constant({ name: 'editor' } as const),
      fc.record({ name: fc.constant('editor' as const), dimension: id }),
      fc.constant({ name: 'organizations' } as const),
      fc.constant({ name: 'dashboard' } as const),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseHash(href(r))).toEqual(r);
      }),
    );
  });
});
