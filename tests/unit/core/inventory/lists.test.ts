import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatListsIssue, parseInventoryLists, unknownCriteria } from '../../../../src/core/inventory/lists.ts';
import { bundledLists, INVENTORY_FILE } from '../../../support/inventory.ts';
import { currentQuestionnaire } from '../../../support/questionnaires.ts';

const raw = () => JSON.parse(readFileSync(INVENTORY_FILE, 'utf8')) as Record<string, any>;

function problems(value: unknown, locale: 'fr' | 'en' = 'en'): string[] {
  const parsed = parseInventoryLists(value);
  return parsed.ok ? [] : parsed.issues.map((i) => formatListsIssue(i, locale));
}

describe('inventory lists file', () => {
  it('the bundled file parses', () => {
    expect(bundledLists().kinds.length).toBeGreaterThan(5);
  });

  it('maps only criteria that the current questionnaire declares', () => {
    const ids = new Set(currentQuestionnaire().readiness?.criteria.map((c) => c.id));
    expect(unknownCriteria(bundledLists(), ids)).toEqual([]);
    expect(unknownCriteria(bundledLists(), new Set(['acces-donnees'])).map((i) => formatListsIssue(i, 'en'))).toContain(
      'readiness.donnees-nominatives: No questionnaire has a readiness criterion "donnees-nominatives": check the spelling (see the questionnaires\' "readiness.criteria").',
    );
  });

  it('names a duplicate id with where it was first used', () => {
    const file = raw();
    file.kinds.push({ ...file.kinds[0] });
    expect(problems(file)).toEqual([`kinds[${file.kinds.length - 1}].id: The id "billetterie" is already used at kinds[0].id: every id must be unique.`]);
  });

  it('refuses a readiness rule that names a category the lists do not have, in both languages', () => {
    const file = raw();
    file.readiness['provenance-publics'] = { source: { holds: ['code-postaux'] } };
    expect(problems(file)).toEqual(['readiness.provenance-publics.source.holds[0]: "code-postaux" is not in the file\'s "dataCategories" list.']);
    expect(problems(file, 'fr')).toEqual([
      'readiness.provenance-publics.source.holds[0]\u00a0: « code-postaux » n’existe pas dans la liste « dataCategories » du fichier.'.replace('\u00a0', ' '),
    ]);
  });

  it('refuses a missing translation and an unknown field', () => {
    const file = raw();
    file.skills[0].label.en = ' ';
    file.hostingPlaces[0].country = 'CA';
    const found = problems(file);
    expect(found).toContain('skills[0].label.en: This text is empty: write it (both French and English are required).');
    expect(found).toContain('hostingPlaces[0]: Unknown field: "country". Check the spelling; only the fields described in questionnaires/README.md are allowed.');
  });

  it('refuses a hosting place whose transfer is not one of the three', () => {
    const file = raw();
    file.hostingPlaces[1].transfer = 'abroad';
    expect(problems(file)).toEqual(['hostingPlaces[1].transfer: The value "abroad" is not allowed here. Possible values: "quebec", "outside", "unknown".']);
  });
});
