import { describe, expect, it } from 'vitest';
import { checkAll } from '../../../scripts/questionnaire-files.ts';
import { formatIssue } from '../../../src/core/questionnaire/issues.ts';

const folder = (name: string) => new URL(`../../fixtures/questionnaires/${name}/`, import.meta.url).pathname;

describe('questionnaire versions checked together (npm run questionnaire:check)', () => {
  it('accepts a chain where each version declares how answers to the one before carry over', () => {
    const checked = checkAll(folder('versions'));
    expect(checked.map((c) => [c.questionnaire?.version, c.errors])).toEqual([
      ['1.0.0', []],
      ['1.1.0', []],
      ['2.0.0', []],
    ]);
  });

  // Each broken folder, the version whose file is blamed, and the start of the French message.
  const cases: [folder: string, version: string, message: RegExp][] = [
    ['missing-declaration', '1.1.0', /^\(racine\) : Ce fichier suit la version 1\.0\.0 : il doit déclarer « carryOver »/],
    ['previous-version-missing', '1.1.0', /^carryOver\.fromVersion : La version 1\.0\.0, d’où les réponses seraient reprises, n’existe pas/],
    ['skips-a-version', '2.0.0', /^carryOver\.fromVersion : « fromVersion » vaut 1\.0\.0, mais la version qui précède celle-ci est 1\.1\.0/],
    ['unaccounted-item', '1.1.0', /^carryOver\.items : La question « u-2 » de la version 1\.0\.0 n’est plus dans ce fichier/],
    ['unknown-previous-item', '1.1.0', /^carryOver\.items\[3\]\.item : La question « x-9 » n’existe pas dans la version 1\.0\.0/],
    ['rename-into-kept-item', '1.1.0', /^carryOver\.items\[3\]\.becomes : « u-1 » existe déjà dans la version 1\.0\.0/],
  ];

  it.each(cases)('refuses %s, blaming version %s', (name, version, message) => {
    const checked = checkAll(folder(`versions-malformed/${name}`));
    const blamed = checked.filter((c) => c.errors.length);
    expect(blamed.map((c) => c.questionnaire?.version)).toEqual([version]);
    expect(blamed[0]?.errors).toHaveLength(1);
    const issue = blamed[0]?.errors[0];
    if (!issue) throw new Error('nothing blamed');
    expect(formatIssue(issue, 'fr')).toMatch(message);
    expect(formatIssue(issue, 'en')).not.toBe(formatIssue(issue, 'fr'));
  });
});
