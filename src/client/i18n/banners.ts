/**
 * The few messages the first screen can show before any other screen loads: a new version ready or
 * applied in another tab, and closing a message a screen left behind. Apart from ./integrity.ts so the
 * first screen does not carry every local-data message.
 */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  dismiss: 'Fermer ce message',
  updateUnsaved:
    'Une nouvelle version de Diapason est prête. Certaines réponses de cette page ne sont pas encore enregistrées : enregistrez-les (« Réessayer ») avant de mettre à jour.',
  updatedElsewhere:
    'Diapason a été mis à jour dans un autre onglet. Cette page n’a pas été rechargée, car des réponses ou une note n’y sont pas encore enregistrées. Enregistrez-les, puis rechargez la page.',
  reloadNow: 'Recharger la page',
});

export const en: typeof fr = {
  dismiss: 'Close this message',
  updateUnsaved:
    'A new version of Diapason is ready. Some answers on this page are not saved yet: save them (“Try again”) before updating.',
  updatedElsewhere:
    'Diapason was updated in another tab. This page was not reloaded, because answers or a note on it are not saved yet. Save them, then reload the page.',
  reloadNow: 'Reload the page',
};
