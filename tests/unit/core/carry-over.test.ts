import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { carryAnswers, carryOverPath, scoresComparable, type CarriedAnswer } from '../../../src/core/carry-over.ts';
import { parseQuestionnaireText } from '../../../src/core/questionnaire/parse.ts';
import { checkVersionChain } from '../../../src/core/questionnaire/versions.ts';
import { formatIssue } from '../../../src/core/questionnaire/issues.ts';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from '../../../src/core/answers.ts';
import { LEVELS, type Item, type ItemCarryOver, type Level, type Questionnaire } from '../../../src/core/questionnaire/schema.ts';
import { makeItem, makeQuestionnaire } from '../../support/builders.ts';

function fixture(version: string): Questionnaire {
  const text = readFileSync(new URL(`../../fixtures/questionnaires/versions/carry-test/${version}.json`, import.meta.url), 'utf8');
  const parsed = parseQuestionnaireText(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => formatIssue(i)).join('\n'));
  return parsed.questionnaire;
}
const v100 = fixture('1.0.0');
const v110 = fixture('1.1.0');
const v200 = fixture('2.0.0');
const all = [v200, v100, v110];

describe('carry-over: golden cases on the carry-test fixtures, worked out by hand', () => {
  it('finds the chain of versions between two versions, or none', () => {
    expect(carryOverPath(all, '1.0.0', '2.0.0')?.map((q) => q.version)).toEqual(['1.0.0', '1.1.0', '2.0.0']);
    expect(carryOverPath(all, '1.1.0', '2.0.0')?.map((q) => q.version)).toEqual(['1.1.0', '2.0.0']);
    expect(carryOverPath(all, '1.1.0', '1.1.0')?.map((q) => q.version)).toEqual(['1.1.0']);
    expect(carryOverPath(all, '2.0.0', '1.0.0')).toBeUndefined();
    expect(carryOverPath(all, '0.9.0', '2.0.0')).toBeUndefined();
    expect(carryOverPath([v100, v200], '1.0.0', '2.0.0')).toBeUndefined();
  });

  it('1.0.0 → 1.1.0: same id kept, renamed id followed, removed dropped, levels remapped, N/A dropped where no longer allowed', () => {
    const answers: CarriedAnswer[] = [
      { itemId: 'u-2', value: 3, note: 'retirée' },
      { itemId: 'c-1', value: 5 },
      { itemId: 'c-2', value: 2, note: 'renommée' },
      { itemId: 'c-3', value: NOT_APPLICABLE, note: 'garde la note' },
      { itemId: 'u-1', value: DONT_KNOW },
    ];
    expect(carryAnswers([v100, v110], answers)).toEqual([
      { itemId: 'c-1', value: 4 },
      { itemId: 'c-2-bis', value: 2, note: 'renommée' },
      { itemId: 'c-3', note: 'garde la note' },
      { itemId: 'u-1', value: DONT_KNOW },
    ]);
    // Levels not listed keep their number: c-1 at 3 stays 3 (only 4 → 3 and 5 → 4 move).
    expect(carryAnswers([v100, v110], [{ itemId: 'c-1', value: 3 }])).toEqual([{ itemId: 'c-1', value: 3 }]);
    expect(scoresComparable([v100, v110])).toBe(false);
  });

  it('1.0.0 → 2.0.0 walks both steps: c-1 5 → 4, u-1 1 → 2, c-3 becomes g-1', () => {
    const answers: CarriedAnswer[] = [
      { itemId: 'c-1', value: 5 },
      { itemId: 'c-3', value: 4 },
      { itemId: 'u-1', value: 1 },
    ];
    expect(carryAnswers(carryOverPath(all, '1.0.0', '2.0.0') ?? [], answers)).toEqual([
      { itemId: 'c-1', value: 4 },
      { itemId: 'u-1', value: 2 },
      { itemId: 'g-1', value: 4 },
    ]);
    expect(scoresComparable([v110, v200])).toBe(true);
    expect(scoresComparable([v100, v110, v200])).toBe(false);
  });

  it('ignores answers to items the source version does not have, and empty ones', () => {
    expect(carryAnswers([v100], [{ itemId: 'zz-1', value: 3 }, { itemId: 'c-1' }, { itemId: 'c-2', note: '' }])).toEqual([]);
  });

  it('the fixture chain passes the folder checks', () => {
    expect([...checkVersionChain(all)]).toEqual([]);
  });
});

// ---- Properties: random questionnaires, random declarations, random answers. ----

type Fate = { kind: 'keep' } | { kind: 'rename' } | { kind: 'remove' } | { kind: 'remap'; levels: { from: Level; to: Level }[] };

const level = fc.constantFrom(...LEVELS);
const fate: fc.Arbitrary<Fate> = fc.oneof(
  fc.constant<Fate>({ kind: 'keep' }),
  fc.constant<Fate>({ kind: 'rename' }),
  fc.constant<Fate>({ kind: 'remove' }),
  fc
    .uniqueArray(fc.record({ from: level, to: level }), { minLength: 1, maxLength: 5, selector: (m) => m.from })
    .map((levels): Fate => ({ kind: 'remap', levels })),
);

interface Scenario {
  previous: Questionnaire;
  next: Questionnaire;
  fates: Map<string, Fate>;
  answers: CarriedAnswer[];
}

const answerValue = (item: Item): fc.Arbitrary<AnswerValue> =>
  item.notApplicable ? fc.constantFrom<AnswerValue>(...LEVELS, DONT_KNOW, NOT_APPLICABLE) : fc.constantFrom<AnswerValue>(...LEVELS, DONT_KNOW);

interface Step {
  next: Questionnaire;
  fates: Map<string, Fate>;
}

/** A random next version of `previous`: each item kept, renamed, removed or remapped; some added. */
function stepFrom(previous: Questionnaire, version: string): fc.Arbitrary<Step> {
  const count = previous.items.length;
  return fc
    .record({
      added: fc.integer({ min: 0, max: 3 }),
      fates: fc.array(fate, { minLength: count, maxLength: count }),
      notApplicable: fc.array(fc.boolean(), { minLength: count + 4, maxLength: count + 4 }),
    })
    .map(({ added, fates, notApplicable }) => {
      const fateOf = new Map(previous.items.map((item, i) => [item.id, fates[i] ?? { kind: 'keep' as const }]));
      const entries: ItemCarryOver[] = [];
      const nextIds: string[] = [];
      for (const item of previous.items) {
        const f = fateOf.get(item.id) ?? { kind: 'keep' };
        if (f.kind === 'remove') entries.push({ item: item.id, removed: true });
        else if (f.kind === 'rename') {
          entries.push({ item: item.id, becomes: `${item.id}-r` });
          nextIds.push(`${item.id}-r`);
        } else {
          if (f.kind === 'remap') entries.push({ item: item.id, levels: f.levels });
          nextIds.push(item.id);
        }
      }
      for (let i = 0; i < added; i++) nextIds.push(`n${version.replace(/\./g, '')}-${i}`);
      if (nextIds.length === 0) nextIds.push(`n${version.replace(/\./g, '')}-only`);
      const next: Questionnaire = {
        ...makeQuestionnaire([{ id: 'a', items: 1 }]),
        version,
        items: nextIds.map((id, i) => makeItem(id, 'a', { notApplicable: notApplicable[i] ?? false })),
        carryOver: { fromVersion: previous.version, scoresComparable: false, summary: { fr: 'x', en: 'x' }, items: entries },
      };
      return { next, fates: fateOf };
    });
}

const firstVersion: fc.Arbitrary<Questionnaire> = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 8 })
  .map((notApplicable) => ({
    ...makeQuestionnaire([{ id: 'a', items: 1 }]),
    version: '1.0.0',
    items: notApplicable.map((na, i) => makeItem(`p-${i}`, 'a', { notApplicable: na })),
  }));

function answersTo(q: Questionnaire): fc.Arbitrary<CarriedAnswer[]> {
  return fc.subarray(q.items).chain((answered) =>
    fc
      .tuple(
        ...answered.map((item) =>
          fc.record({
            itemId: fc.constant(item.id),
            value: answerValue(item),
            note: fc.option(fc.string({ minLength: 1, maxLength: 5 }), { nil: undefined }),
          }),
        ),
      )
      .map((list) => list.map((a) => (a.note === undefined ? { itemId: a.itemId, value: a.value } : a))),
  );
}

const scenario: fc.Arbitrary<Scenario> = firstVersion.chain((previous) =>
  fc.tuple(stepFrom(previous, '1.1.0'), answersTo(previous)).map(([{ next, fates }, answers]) => ({ previous, next, fates, answers })),
);

describe('carry-over: properties', () => {
  it('the generated declarations are themselves valid (else the properties below prove little)', () => {
    fc.assert(
      fc.property(scenario, ({ previous, next }) => {
        expect([...checkVersionChain([previous, next])]).toEqual([]);
      }),
    );
  });

  it('every carried answer belongs to an item of the new version, once, with a value that item allows', () => {
    fc.assert(
      fc.property(scenario, ({ previous, next, answers }) => {
        const carried = carryAnswers([previous, next], answers);
        const items = new Map(next.items.map((i) => [i.id, i]));
        expect(new Set(carried.map((a) => a.itemId)).size).toBe(carried.length);
        expect(carried.length).toBeLessThanOrEqual(answers.length);
        for (const a of carried) {
          const item = items.get(a.itemId);
          expect(item).toBeDefined();
          if (a.value === NOT_APPLICABLE) expect(item?.notApplicable).toBeDefined();
          expect(a.value !== undefined || a.note !== undefined).toBe(true);
        }
      }),
    );
  });

  it('each answer follows its declaration exactly: kept, renamed, removed or remapped', () => {
    fc.assert(
      fc.property(scenario, ({ previous, next, fates, answers }) => {
        const carried = new Map(carryAnswers([previous, next], answers).map((a) => [a.itemId, a]));
        const nextItems = new Map(next.items.map((i) => [i.id, i]));
        for (const a of answers) {
          const f = fates.get(a.itemId);
          if (!f) throw new Error('no fate');
          if (f.kind === 'remove') {
            expect(carried.has(a.itemId)).toBe(false);
            continue;
          }
          const target = f.kind === 'rename' ? `${a.itemId}-r` : a.itemId;
          let value = a.value;
          if (f.kind === 'remap' && typeof value === 'number') value = f.levels.find((m) => m.from === value)?.to ?? value;
          if (value === NOT_APPLICABLE && !nextItems.get(target)?.notApplicable) value = undefined;
          const expected = value === undefined && a.note === undefined ? undefined : { itemId: target, ...(value === undefined ? {} : { value }), ...(a.note === undefined ? {} : { note: a.note }) };
          expect(carried.get(target)).toEqual(expected);
        }
        // Items added in the new version never receive an answer.
        for (const id of carried.keys()) expect(id.startsWith('n')).toBe(false);
      }),
    );
  });

  it('carrying over within one version changes nothing, and carrying again what was carried changes nothing', () => {
    fc.assert(
      fc.property(scenario, ({ previous, next, answers }) => {
        const same = carryAnswers([previous], answers);
        expect(new Set(same)).toEqual(new Set(answers.filter((a) => previous.items.some((i) => i.id === a.itemId))));
        const carried = carryAnswers([previous, next], answers);
        expect(carryAnswers([next], carried)).toEqual(carried);
      }),
    );
  });

  it('two steps at once equal one step after the other', () => {
    const twoSteps = scenario.chain((s) => stepFrom(s.next, '2.0.0').map((second) => ({ ...s, third: second.next })));
    fc.assert(
      fc.property(twoSteps, ({ previous, next, third, answers }) => {
        expect([...checkVersionChain([previous, next, third])]).toEqual([]);
        const path = carryOverPath([third, previous, next], '1.0.0', '2.0.0');
        expect(path?.map((q) => q.version)).toEqual(['1.0.0', '1.1.0', '2.0.0']);
        expect(carryAnswers(path ?? [], answers)).toEqual(carryAnswers([next, third], carryAnswers([previous, next], answers)));
      }),
    );
  });
});

describe('carry-over: the published cqm-maturite versions', () => {
  const real = (version: string) => {
    const text = readFileSync(new URL(`../../../questionnaires/cqm-maturite/${version}.json`, import.meta.url), 'utf8');
    const parsed = parseQuestionnaireText(text);
    if (!parsed.ok) throw new Error('invalid');
    return parsed.questionnaire;
  };

  it('1.0.0 → 2.0.0: postal codes renamed, web statistics removed, training level 2 becomes 1, the ethics item starts empty', () => {
    const [a, b] = [real('1.0.0'), real('2.0.0')];
    expect([...checkVersionChain([a, b])]).toEqual([]);
    const carried = carryAnswers([a, b], [
      { itemId: 'collecte-codes-postaux', value: 3, note: 'Billetterie' },
      { itemId: 'usage-web-reseaux', value: 4 },
      { itemId: 'competences-formation', value: 2 },
      { itemId: 'competences-analyse', value: 2 },
      { itemId: 'gouvernance-ententes-partenaires', value: NOT_APPLICABLE },
    ]);
    expect(carried).toEqual([
      { itemId: 'collecte-provenance-publics', value: 3, note: 'Billetterie' },
      { itemId: 'gouvernance-ententes-partenaires', value: NOT_APPLICABLE },
      { itemId: 'competences-analyse', value: 2 },
      { itemId: 'competences-formation', value: 1 },
    ]);
    expect(b.items.some((i) => i.id === 'culture-ethique-donnees')).toBe(true);
    expect(b.items.some((i) => i.id === 'usage-web-reseaux')).toBe(false);
    expect(scoresComparable([a, b])).toBe(false);
  });
});
