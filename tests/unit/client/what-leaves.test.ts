import { describe, expect, it } from 'vitest';
import { whatLeaves } from '../../../src/client/sync/what-leaves.ts';
import * as sending from '../../../src/client/i18n/sending.ts';
import * as result from '../../../src/client/i18n/result.ts';
import { makeSubmission } from '../../support/sync.ts';

const context = (locale: 'fr' | 'en') => ({
  m: sending[locale],
  r: result[locale],
  locale,
  dimensionLabel: (id: string) => ({ collecte: locale === 'fr' ? 'Collecte des données' : 'Data collection' })[id] ?? id,
});

describe('what leaves, in plain words', () => {
  it('is read from the submission itself: its scores, profile, quarter and readiness, with real plurals', () => {
    const submission = makeSubmission({
      period: '2026-Q3',
      profile: { role: 'diffuseur', sizeBand: '3-9', regionGroup: 'couronne', discipline: 'jazz' },
      scores: { collecte: 2.5, usage: 3 },
      readiness: 'almost',
    });
    const fr = whatLeaves(submission, context('fr'));
    expect(fr[0]).toBe('vos 2 scores (Collecte des données 2,5, usage 3,0)');
    expect(fr[1]).toMatch(/^votre rôle \(Diffuseur\), votre taille \(3 à 9 employés permanents\), votre groupe de régions \(Couronne/);
    expect(fr).toContain('le trimestre (2026-Q3)');
    expect(fr).toContain('votre résultat de préparation à la mise en commun (Presque), sans le détail des conditions');
    const one = whatLeaves(makeSubmission({ scores: { collecte: 4 } }), context('en'));
    expect(one[0]).toBe('your score (Data collection 4.0)');
  });

  it('names an optional field only when the payload carries it', () => {
    // makeSubmission carries neither readiness nor an enrollment code unless asked.
    const without = makeSubmission({ scores: { collecte: 4 } });
    const lines = whatLeaves(without, context('en'));
    expect(lines.join('\n')).not.toMatch(/readiness|enrollment code/);
    expect(whatLeaves({ ...without, enrollmentCode: 'CQM-2026' }, context('en'))).toContain('your enrollment code');
  });

  it('never mentions a value the payload does not hold', () => {
    const submission = makeSubmission({ scores: { collecte: 1.2 } });
    const text = whatLeaves(submission, context('fr')).join(' ');
    expect(text).toContain('1,2');
    expect(text).toContain(submission.version);
  });
});
