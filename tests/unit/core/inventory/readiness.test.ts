import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inventoryReminders, readinessFromInventory, sourceSatisfies } from '../../../../src/core/inventory/readiness.ts';
import type { DataSource } from '../../../../src/core/inventory/records.ts';
import { bundledLists, makeRole, makeSource } from '../../../support/inventory.ts';
import { bundledQuestionnaire } from '../../../support/questionnaires.ts';

const lists = bundledLists();
const questionnaire = bundledQuestionnaire({ questionnaireId: 'cqm-maturite', version: '2.0.0' })!;
const criterionIds = questionnaire.readiness!.criteria.map((c) => c.id);

function evidence(sources: DataSource[], roles = [makeRole()]) {
  return new Map(readinessFromInventory(lists, criterionIds, { sources, roles }).map((e) => [e.criterionId, e]));
}

describe('readiness from the inventory', () => {
  it('a source exported by the organization itself, with named buyers and postal codes, counts as access', () => {
    const box = makeSource({ tool: 'Tuxedo', export: 'oui', holds: ['acheteurs-nommes', 'codes-postaux'] });
    const found = evidence([box]).get('acces-donnees');
    expect(found?.satisfiedBy).toEqual({ type: 'source', source: box });
  });

  it('the same source on request only, or without postal codes, does not', () => {
    const onRequest = makeSource({ export: 'sur-demande', holds: ['acheteurs-nommes', 'codes-postaux'] });
    const noPostal = makeSource({ export: 'oui', holds: ['acheteurs-nommes', 'courriels'] });
    const found = evidence([onRequest, noPostal]).get('acces-donnees');
    expect(found).toMatchObject({ covered: true, satisfiedBy: null });
  });

  it('a criterion the lists say nothing about is marked not covered, never unmet', () => {
    expect(evidence([]).get('base-legale-partage')).toEqual({ criterionId: 'base-legale-partage', covered: false, satisfiedBy: null });
  });

  it('someone who can extract data, with time for it, satisfies extraction', () => {
    const none = makeRole({ skills: { extraction: 'autonome' }, hoursPerMonth: 0 });
    const beginner = makeRole({ skills: { extraction: 'debutant' }, hoursPerMonth: 10 });
    const able = makeRole({ name: 'Communications', skills: { extraction: 'expert' }, hoursPerMonth: 4 });
    expect(evidence([], [none, beginner]).get('extraction-donnees')?.satisfiedBy).toBeNull();
    expect(evidence([], [none, beginner, able]).get('extraction-donnees')?.satisfiedBy).toEqual({ type: 'role', role: able });
  });

  it('on questionnaire 3.0.0, three seasons of purchase detail are several seasons of history; two, or no purchase detail, are not', () => {
    const v3 = bundledQuestionnaire({ questionnaireId: 'cqm-maturite', version: '3.0.0' })!.readiness!.criteria.map((c) => c.id);
    const history = (sources: DataSource[]) => readinessFromInventory(lists, v3, { sources, roles: [] }).find((e) => e.criterionId === 'historique-saisons');
    const two = makeSource({ tool: 'Deux', holds: ['detail-achats'], seasons: 2 });
    const contacts = makeSource({ tool: 'Contacts', holds: ['courriels'], seasons: 8 });
    const three = makeSource({ tool: 'Trois', holds: ['detail-achats', 'prix'], seasons: 3 });
    expect(history([two, contacts])).toMatchObject({ covered: true, satisfiedBy: null });
    expect(history([two, contacts, three])?.satisfiedBy).toEqual({ type: 'source', source: three });
    expect(sourceSatisfies(lists, { holds: ['detail-achats'], minSeasons: 3 }, makeSource({ holds: ['detail-achats'] }))).toBe(false);
  });

  it('on questionnaire 3.0.0, who sold each ticket and a named person with time are not facts the inventory records: not covered', () => {
    const v3 = bundledQuestionnaire({ questionnaireId: 'cqm-maturite', version: '3.0.0' })!.readiness!.criteria.map((c) => c.id);
    const found = readinessFromInventory(lists, v3, { sources: [makeSource({ holds: ['detail-achats'], seasons: 5 })], roles: [makeRole()] });
    for (const id of ['vendeur-billets', 'personne-temps-dedie', 'base-legale-partage']) {
      expect(found.find((e) => e.criterionId === id)).toEqual({ criterionId: id, covered: false, satisfiedBy: null });
    }
  });

  it('one result per criterion, in the order given; the first satisfying source in the order given', () => {
    const a = makeSource({ tool: 'A', holds: ['codes-postaux'] });
    const b = makeSource({ tool: 'B', holds: ['codes-postaux'] });
    const found = readinessFromInventory(lists, criterionIds, { sources: [a, b], roles: [] });
    expect(found.map((e) => e.criterionId)).toEqual(criterionIds);
    expect(found.find((e) => e.criterionId === 'provenance-publics')?.satisfiedBy).toEqual({ type: 'source', source: a });
  });

  it('adding a source never takes away a criterion already satisfied (property)', () => {
    const category = fc.constantFrom(...lists.dataCategories.map((c) => c.id));
    const source = fc.record({
      kind: fc.constantFrom(...lists.kinds.map((k) => k.id)),
      export: fc.constantFrom(...lists.exportAbilities.map((e) => e.id)),
      holds: fc.uniqueArray(category, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 5 }), source, (specs, extra) => {
        const sources = specs.map((s) => makeSource(s));
        const before = readinessFromInventory(lists, criterionIds, { sources, roles: [] });
        const after = readinessFromInventory(lists, criterionIds, { sources: [...sources, makeSource(extra)], roles: [] });
        before.forEach((e, i) => {
          if (e.satisfiedBy) expect(after[i]?.satisfiedBy).toEqual(e.satisfiedBy);
        });
        // A satisfying source really matches its rule.
        for (const e of after) {
          if (e.satisfiedBy?.type === 'source') {
            const rule = lists.readiness[e.criterionId];
            expect(rule && 'source' in rule && sourceSatisfies(lists, rule.source, e.satisfiedBy.source)).toBe(true);
          }
        }
      }),
    );
  });

  it('reminders: each item a criterion requires gets that criterion’s evidence', () => {
    const box = makeSource({ export: 'oui', holds: ['acheteurs-nommes', 'codes-postaux'] });
    const found = readinessFromInventory(lists, criterionIds, { sources: [box], roles: [] });
    const reminders = inventoryReminders(questionnaire.readiness!, found);
    expect(reminders.get('outils-billetterie-acces')?.map((e) => e.criterionId)).toEqual(['acces-donnees']);
    expect(reminders.get('outils-billetterie-acces')?.[0]?.satisfiedBy).toEqual({ type: 'source', source: box });
    // A criterion the inventory does not cover gives no reminder.
    expect(reminders.has('gouvernance-partage-base-legale')).toBe(false);
  });
});
