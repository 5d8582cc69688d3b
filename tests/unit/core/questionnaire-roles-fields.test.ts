/**
 * The fields that let a questionnaire fit how an organization sells (appliesWhen, variants), cap a
 * dimension's stage (floors), say when information is sufficient, and list legal obligations: what
 * the file checker accepts and what it refuses, each refusal named by its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/core/questionnaire/parse.ts';
import { formatIssue, formatPath } from '../../../src/core/questionnaire/issues.ts';
import type { Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { makeQuestionnaire } from '../../support/builders.ts';

const text = (fr: string, en = fr) => ({ fr, en });

function withFields(edit: (q: Questionnaire) => void): unknown {
  const q = structuredClone(makeQuestionnaire());
  edit(q);
  return q;
}

function issuesOf(input: unknown): { path: string; kind: string }[] {
  const result = parseQuestionnaire(input);
  return result.ok ? [] : result.issues.map((i) => ({ path: formatPath(i.path), kind: i.kind }));
}

describe('questionnaire fields for roles, floors, sufficiency and obligations', () => {
  it('accepts a file using every new field', () => {
    const input = withFields((q) => {
      q.items[0]!.appliesWhen = { salesModes: ['billetterie-propre', 'salle'] };
      q.items[1]!.variants = [{ when: { salesModes: ['vente-a-cachet'] }, question: text('Q ?', 'Q?') }];
      q.dimensions[0]!.floors = [{ item: 'collecte-2', atLeast: 3, maxStage: 2 }];
      q.sufficiency = { minAnsweredShare: 0.7, maxDontKnow: 2 };
      q.obligations = {
        title: text('Obligations de la Loi 25', 'Law 25 obligations'),
        description: text('Pas une note.', 'Not a score.'),
        criteria: [{ id: 'responsable', label: text('R'), missing: text('M'), requires: [{ item: 'usage-1', atLeast: 3 }] }],
      };
    });
    const result = parseQuestionnaire(input);
    if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i)).join('\n'));
    expect(result.questionnaire.obligations?.criteria[0]?.id).toBe('responsable');
  });

  const cases: [name: string, edit: (q: Questionnaire) => void, path: string, kind: string][] = [
    ['an unknown sales mode in appliesWhen', (q) => { q.items[0]!.appliesWhen = { salesModes: ['radio' as never] }; }, 'items[0].appliesWhen.salesModes[0]', 'not-allowed-value'],
    ['an empty appliesWhen', (q) => { q.items[0]!.appliesWhen = { salesModes: [] }; }, 'items[0].appliesWhen.salesModes', 'too-few'],
    ['an unknown sales mode in a variant', (q) => { q.items[2]!.variants = [{ when: { salesModes: ['x' as never] }, help: text('A') }]; }, 'items[2].variants[0].when.salesModes[0]', 'not-allowed-value'],
    ['a variant that changes nothing', (q) => { q.items[1]!.variants = [{ when: { salesModes: ['tournee'] } }]; }, 'items[1].variants[0]', 'variant-empty'],
    ['a floor naming an unknown item', (q) => { q.dimensions[0]!.floors = [{ item: 'nope', atLeast: 3, maxStage: 2 }]; }, 'dimensions[0].floors[0].item', 'unknown-item'],
    ['a floor naming an item of another dimension', (q) => { q.dimensions[0]!.floors = [{ item: 'usage-1', atLeast: 3, maxStage: 2 }]; }, 'dimensions[0].floors[0].item', 'floor-item-other-dimension'],
    ['a floor at level 1', (q) => { q.dimensions[1]!.floors = [{ item: 'usage-1', atLeast: 1, maxStage: 2 }]; }, 'dimensions[1].floors[0].atLeast', 'too-small-number'],
    ['a floor capping at stage 5', (q) => { q.dimensions[1]!.floors = [{ item: 'usage-1', atLeast: 3, maxStage: 5 }]; }, 'dimensions[1].floors[0].maxStage', 'too-large-number'],
    ['a floor level that does not exist', (q) => { q.dimensions[1]!.floors = [{ item: 'usage-1', atLeast: 6 as never, maxStage: 2 }]; }, 'dimensions[1].floors[0].atLeast', 'not-allowed-value'],
    ['a share above 1', (q) => { q.sufficiency = { minAnsweredShare: 1.5 }; }, 'sufficiency.minAnsweredShare', 'too-large-number'],
    ['a negative don’t-know limit', (q) => { q.sufficiency = { maxDontKnow: -1 }; }, 'sufficiency.maxDontKnow', 'too-small-number'],
    ['an obligation on an unknown item', (q) => {
      q.obligations = { title: text('T'), description: text('D'), criteria: [{ id: 'a', label: text('L'), missing: text('M'), requires: [{ item: 'nope', atLeast: 3 }] }] };
    }, 'obligations.criteria[0].requires[0].item', 'unknown-item'],
    ['two obligations with one id', (q) => {
      const c = { id: 'a', label: text('L'), missing: text('M'), requires: [{ item: 'usage-1', atLeast: 3 as const }] };
      q.obligations = { title: text('T'), description: text('D'), criteria: [c, { ...c }] };
    }, 'obligations.criteria[1].id', 'duplicate-id'],
    ['an obligation met by any answer', (q) => {
      q.obligations = { title: text('T'), description: text('D'), criteria: [{ id: 'a', label: text('L'), missing: text('M'), requires: [{ item: 'usage-1', atLeast: 1 }] }] };
    }, 'obligations.criteria[0].requires[0].atLeast', 'too-small-number'],
  ];

  it.each(cases)('refuses %s', (_name, edit, path, kind) => {
    expect(issuesOf(withFields(edit))).toContainEqual({ path, kind });
  });
});
