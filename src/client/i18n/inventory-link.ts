import { frenchSpacing } from './typography.ts';

/**
 * What screens outside the inventory say about it (the questionnaire's reminders, the board PDF's
 * choice, the plan's link from an action to a source): kept apart so those screens do not carry the inventory's whole catalog.
 */
export const fr = frenchSpacing({
  reminderTitle: 'Votre inventaire indique',
  reminderSource: (p: { tool: string; kind: string; criterion: string }) => `${p.tool} (${p.kind}) remplit le critère « ${p.criterion} ».`,
  reminderRole: (p: { name: string; criterion: string }) => `Le rôle « ${p.name} » remplit le critère « ${p.criterion} ».`,
  reminderNone: (p: { criterion: string }) => `Aucune source ni aucun rôle ne remplit encore le critère « ${p.criterion} ».`,
  reminderNote: 'Un rappel, pas une réponse : répondez selon vos pratiques.',
  reminderLink: 'Voir l’inventaire',
  boardInclude: 'Ajouter la page « Nos actifs de données » (d’après votre inventaire)',
  detailsSummary: 'Responsable, échéance, source et note',
  planSource: 'Source de données concernée',
  planSourceNone: 'Aucune en particulier',
  planSourceGone: 'Une source retirée de l’inventaire',
  planSourceLine: (p: { source: string }) => `Source : ${p.source}`,
});

export const en: typeof fr = {
  reminderTitle: 'Your inventory says',
  reminderSource: (p: { tool: string; kind: string; criterion: string }) => `${p.tool} (${p.kind}) meets the criterion “${p.criterion}”.`,
  reminderRole: (p: { name: string; criterion: string }) => `The role “${p.name}” meets the criterion “${p.criterion}”.`,
  reminderNone: (p: { criterion: string }) => `No source or role meets the criterion “${p.criterion}” yet.`,
  reminderNote: 'A reminder, not an answer: answer from your practices.',
  reminderLink: 'See the inventory',
  boardInclude: 'Add the page “Our data assets” (from your inventory)',
  detailsSummary: 'Owner, due date, source and note',
  planSource: 'Data source concerned',
  planSourceNone: 'None in particular',
  planSourceGone: 'A source removed from the inventory',
  planSourceLine: (p: { source: string }) => `Source: ${p.source}`,
};
