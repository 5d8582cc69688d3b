/**
 * Hash routes: they work from a file, offline, and behind any static server without rewrites.
 *   #/                         home
 *   #/organisme  #/organisme/modifier
 *   #/organismes               every organization on this laptop
 *   #/evaluation/<id>[/<dimension>]
 *   #/resultat/<id>
 *   #/feuille-de-route/<id>    the roadmap of one assessment
 *   #/parcours                 the organization's path across its assessments
 *   #/inventaire               the organization's inventory of data assets and skills
 *   #/parametres
 *   #/editeur[/<dimension>]    the editors' page: check a questionnaire file, walk through it, print it
 *   #/cqm                      the CQM dashboard (admin sign-in)
 */
export type Route =
  | { name: 'home' }
  | { name: 'organization'; mode: 'new' | 'edit' }
  | { name: 'organizations' }
  | { name: 'assessment'; id: string; dimension?: string }
  | { name: 'result'; id: string }
  | { name: 'roadmap'; id: string }
  | { name: 'path' }
  | { name: 'inventory' }
  | { name: 'settings' }
  | { name: 'editor'; dimension?: string }
  | { name: 'dashboard' }
  | { name: 'not-found' };

const SEGMENT = /^[A-Za-z0-9-]{1,64}$/;

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, a, b, ...rest] = parts;
  if (rest.length || [a, b].some((p) => p !== undefined && !SEGMENT.test(p))) return { name: 'not-found' };
  switch (head) {
    case undefined:
      return { name: 'home' };
    case 'organisme':
      if (a === undefined) return { name: 'organization', mode: 'new' };
      return a === 'modifier' && b === undefined ? { name: 'organization', mode: 'edit' } : { name: 'not-found' };
    case 'organismes':
      return a === undefined ? { name: 'organizations' } : { name: 'not-found' };
    case 'evaluation':
      if (a === undefined) return { name: 'not-found' };
      return b === undefined ? { name: 'assessment', id: a } : { name: 'assessment', id: a, dimension: b };
    case 'resultat':
      return a !== undefined && b === undefined ? { name: 'result', id: a } : { name: 'not-found' };
    case 'feuille-de-route':
      return a !== undefined && b === undefined ? { name: 'roadmap', id: a } : { name: 'not-found' };
    case 'parcours':
      return a === undefined ? { name: 'path' } : { name: 'not-found' };
    case 'inventaire':
      return a === undefined ? { name: 'inventory' } : { name: 'not-found' };
    case 'parametres':
      return a === undefined ? { name: 'settings' } : { name: 'not-found' };
    case 'editeur':
      return b === undefined ? { name: 'editor', ...(a ? { dimension: a } : {}) } : { name: 'not-found' };
    case 'cqm':
      return a === undefined ? { name: 'dashboard' } : { name: 'not-found' };
    default:
      return { name: 'not-found' };
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '#/';
    case 'organization':
      return route.mode === 'new' ? '#/organisme' : '#/organisme/modifier';
    case 'organizations':
      return '#/organismes';
    case 'assessment':
      return `#/evaluation/${route.id}${route.dimension ? `/${route.dimension}` : ''}`;
    case 'result':
      return `#/resultat/${route.id}`;
    case 'roadmap':
      return `#/feuille-de-route/${route.id}`;
    case 'path':
      return '#/parcours';
    case 'inventory':
      return '#/inventaire';
    case 'settings':
      return '#/parametres';
    case 'editor':
      return `#/editeur${route.dimension ? `/${route.dimension}` : ''}`;
    case 'dashboard':
      return '#/cqm';
  }
}
