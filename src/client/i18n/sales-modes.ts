/** The profile's question on how the organization sells (the labels of each way live in core/profile.ts). */
import { frenchSpacing } from './typography.ts';

export const fr = frenchSpacing({
  legend: 'Comment vendez-vous vos concerts?',
  hint: 'Cochez tout ce qui s’applique. Le questionnaire ne pose que les questions qui vous concernent et les formule pour votre situation. Si vous ne cochez rien, toutes les questions sont posées. Reste sur cet ordinateur, n’est jamais envoyé.',
});

export const en: typeof fr = {
  legend: 'How do you sell your concerts?',
  hint: 'Tick all that apply. The questionnaire then asks only the questions that concern you, worded for your situation. If you tick nothing, every question is asked. Stays on this computer, never sent.',
};
