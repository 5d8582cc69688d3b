import { formatCount, plural } from './format.ts';
import { frenchSpacing } from './typography.ts';

/** "3 dimensions", "1 dimension": the same word in both languages, with each one's plural rule. */
const dimensions = (n: number, l: 'fr' | 'en') => `${formatCount(n, l)} ${plural(n, l, { one: 'dimension', other: 'dimensions' })}`;

function tally(parts: [number, string][], and: string): string {
  const said = parts.filter(([n]) => n > 0).map(([, text]) => text);
  return said.length <= 1 ? (said[0] ?? '') : `${said.slice(0, -1).join(', ')} ${and} ${said.at(-1)}`;
}

/** The result screen's comparison with peers: one group at a time. */
export const fr = frenchSpacing({
  compareWith: 'Comparer avec',
  groupUnpublished: (p: { group: string }) => `${p.group} (aucun chiffre publié)`,
  standing: (p: { above: number; below: number; level: number }) =>
    `Votre score est ${tally(
      [
        [p.above, `au-dessus de la médiane dans ${dimensions(p.above, 'fr')}`],
        [p.below, `en dessous de la médiane dans ${dimensions(p.below, 'fr')}`],
        [p.level, `égal à la médiane dans ${dimensions(p.level, 'fr')}`],
      ],
      'et',
    )}.`,
  standingNone: 'Aucune dimension ne se compare : vos dimensions partagées n’ont pas de médiane publiée dans ce groupe.',
  groupCount: (p: { count: string }) => `Ce groupe : ${p.count}.`,
  caption: (p: { group: string }) => `Votre score et la médiane du groupe « ${p.group} », par dimension`,
  colDimension: 'Dimension',
  colYou: 'Vous',
  colMedian: 'Médiane',
  colStanding: 'Position',
  above: 'Au-dessus',
  below: 'En dessous',
  level: 'À la médiane',
  marks: '▲ au-dessus de la médiane, ▼ en dessous, = à la médiane.',
  notShared: 'Non partagé',
  notPublished: 'Non publié',
  groupTooSmall: (p: { group: string }) =>
    `Aucun chiffre n’est publié pour le groupe « ${p.group} » : moins de 10 organismes y ont partagé leur résultat, ou le groupe est masqué pour qu’on ne puisse pas en déduire un plus petit. Choisissez un groupe plus large.`,
  someNotPublished:
    'Non publié : moins de 10 organismes pour cette dimension, ou chiffre masqué pour qu’on ne puisse pas en déduire un plus petit groupe.',
  nothingPublished:
    'Aucun chiffre n’est publié pour ce trimestre : il faut au moins 10 organismes pour qu’une médiane le soit.',
  noneYet:
    'Aucun trimestre n’est encore publié. Les chiffres d’un trimestre paraissent une fois qu’il est clos, après un délai de 30 jours, et ne changent plus ensuite.',
  demonstration: 'Chiffres de démonstration : ce secteur est inventé pour montrer l’outil, ce ne sont pas de vrais organismes.',
});

export const en: typeof fr = {
  compareWith: 'Compare with',
  groupUnpublished: (p: { group: string }) => `${p.group} (no figure published)`,
  standing: (p: { above: number; below: number; level: number }) =>
    `Your score is ${tally(
      [
        [p.above, `above the median in ${dimensions(p.above, 'en')}`],
        [p.below, `below the median in ${dimensions(p.below, 'en')}`],
        [p.level, `at the median in ${dimensions(p.level, 'en')}`],
      ],
      'and',
    )}.`,
  standingNone: 'No dimension compares: your shared dimensions have no published median in this group.',
  groupCount: (p: { count: string }) => `This group: ${p.count}.`,
  caption: (p: { group: string }) => `Your score and the median of the group “${p.group}”, per dimension`,
  colDimension: 'Dimension',
  colYou: 'You',
  colMedian: 'Median',
  colStanding: 'Standing',
  above: 'Above',
  below: 'Below',
  level: 'At the median',
  marks: '▲ above the median, ▼ below, = at the median.',
  notShared: 'Not shared',
  notPublished: 'Not published',
  groupTooSmall: (p: { group: string }) =>
    `No figure is published for the group “${p.group}”: fewer than 10 organizations in it shared their result, or the group is hidden so that a smaller one cannot be worked out from it. Choose a wider group.`,
  someNotPublished:
    'Not published: fewer than 10 organizations for this dimension, or a figure hidden so that a smaller group cannot be worked out from it.',
  nothingPublished: 'No figure is published for this quarter: a median needs at least 10 organizations.',
  noneYet: 'No quarter is published yet. A quarter’s figures appear once it has closed, after 30 days, and never change afterwards.',
  demonstration: 'Demonstration figures: this sector is made up to show the tool; these are not real organizations.',
};
