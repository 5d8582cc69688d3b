import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, openDatabase, useDatabase } from '../../../src/client/storage/db.ts';
import { listPlan, OrganizationGoneError, savePlanProgress } from '../../../src/client/storage/plan.ts';
import { AssessmentGoneError } from '../../../src/client/storage/errors.ts';
import { resultCsv, roadmapCsv } from '../../../src/client/export/csv.ts';
import { fileName } from '../../../src/client/export/download.ts';
import { answerNotes } from '../../../src/client/report/answer-notes.ts';
import { scoreAssessment } from '../../../src/core/scoring.ts';
import { changeSince } from '../../../src/core/history.ts';
import { generateRoadmap, resolveTargets, withProgress } from '../../../src/core/roadmap.ts';
import { makeAnswers } from '../../support/builders.ts';
import { makeModel } from '../../support/report.ts';

const ORG = '5d2c1d8e-0000-4000-8000-000000000001';
const ASSESSMENT = '5d2c1d8e-0000-4000-8000-0000000000a1';
const REF = { questionnaireId: 'cqm-maturite', version: '2.0.0' };

describe('plan storage', () => {
  let n = 0;
  beforeEach(async () => {
    useDatabase(openDatabase(`exports-${++n}`));
    // The plan is only written for an organization (and from an assessment) that exists.
    const at = '2026-11-21T12:00:00.000Z';
    await db().organizations.put({ id: ORG, name: 'Ensemble', role: 'producteur', discipline: 'ancienne', region: '06', sizeBand: '0-2', createdAt: at, updatedAt: at });
    await db().assessments.put({ id: ASSESSMENT, organizationId: ORG, questionnaireId: 'cqm-maturite', version: '2.0.0', status: 'completed', startedAt: at, updatedAt: at });
  });

  it('refuses a write for an organization or from an assessment deleted meanwhile, and writes nothing', async () => {
    await db().assessments.delete(ASSESSMENT);
    await expect(savePlanProgress(ORG, REF, { actionId: 'x', status: 'todo' }, new Date(), ASSESSMENT)).rejects.toBeInstanceOf(AssessmentGoneError);
    await db().organizations.delete(ORG);
    await expect(savePlanProgress(ORG, REF, { actionId: 'x', status: 'todo' })).rejects.toBeInstanceOf(OrganizationGoneError);
    expect(await listPlan(ORG)).toEqual([]);
  });

  it('keeps owner, due date, status and note per action, and leaves out what was emptied', async () => {
    await savePlanProgress(ORG, REF, { actionId: 'item:a-1:2', owner: 'Julie', due: '2027-03-31', status: 'in-progress', note: 'x' });
    await savePlanProgress(ORG, REF, { actionId: 'item:a-1:2', owner: 'Julie', status: 'done', focus: 'pinned', note: '' });
    await savePlanProgress(ORG, REF, { actionId: 'find-out:b-2', status: 'todo' });
    const rows = await listPlan(ORG);
    const base = { organizationId: ORG, questionnaireId: 'cqm-maturite', version: '2.0.0' };
    expect(rows.map(({ updatedAt: _u, ...r }) => r)).toEqual([
      { ...base, actionId: 'find-out:b-2', status: 'todo' },
      { ...base, actionId: 'item:a-1:2', owner: 'Julie', status: 'done', focus: 'pinned' },
    ]);
  });

  it('refuses a due date that is not a date, or an owner too long, and writes nothing', async () => {
    await expect(savePlanProgress(ORG, REF, { actionId: 'x', due: '31/03/2027', status: 'todo' })).rejects.toThrow();
    await expect(savePlanProgress(ORG, REF, { actionId: 'x', owner: 'a'.repeat(500), status: 'todo' })).rejects.toThrow();
    await expect(savePlanProgress(ORG, REF, { actionId: 'x', status: 'finished' as never })).rejects.toThrow();
    expect(await listPlan(ORG)).toEqual([]);
  });
});

describe('CSV exports', () => {
  const q = makeModel(2, 2);
  const before = scoreAssessment(q, makeAnswers({ 'collecte-1': 2, 'collecte-2': 2, 'usage-1': 1, 'usage-2': 2 }));
  const answers = makeAnswers({ 'collecte-1': 3, 'collecte-2': 4, 'usage-1': 2, 'usage-2': 'dont-know' });
  const score = scoreAssessment(q, answers);
  const targets = resolveTargets(score);
  const changes = Object.fromEntries((changeSince(score, before) ?? []).map((c) => [c.dimensionId, c]));

  it('the result: a header, then one row per dimension, French with semicolons and decimal commas', () => {
    const lines = resultCsv(q, score, targets, changes, 'fr').split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffDimension;Score (1 à 5);Stade;Réponses données;Couverture du stade suivant;Stade visé;Évolution depuis la dernière évaluation',
    );
    expect(lines.slice(1, -1)).toEqual([
      'Collecte des données;3,5;3 – Niveau 3;100%;50%;4 – Niveau 4;+1,5',
      'Usage des données;;Information insuffisante;50%;;3 – Niveau 3;',
    ]);
  });

  it('the result with the notes left beside answers: a second table after an empty line, in questionnaire order', () => {
    const withNotes = [
      { itemId: 'usage-2', value: 'dont-know' as const, note: 'Demander à Julie; « bilan »' },
      { itemId: 'collecte-1', value: 3 as const, note: '=export' },
      { itemId: 'collecte-2', value: 4 as const, note: '   ' },
      { itemId: 'usage-1', note: 'Pas encore répondu' },
    ];
    const lines = resultCsv(q, score, targets, changes, 'fr', answerNotes(q, withNotes, 'fr')).split('\r\n');
    expect(lines.slice(3, -1)).toEqual([
      '',
      'Dimension;Question;Réponse;Note',
      `Collecte des données;${q.items[0]!.question.fr};3 – Niveau 3;'=export`,
      `Usage des données;${q.items[2]!.question.fr};pas de réponse;Pas encore répondu`,
      `Usage des données;${q.items[3]!.question.fr};Je ne sais pas;"Demander à Julie; « bilan »"`,
    ]);
    expect(answerNotes(q, withNotes, 'en').map((n) => n.answer)).toEqual(['3 – Level 3', 'no answer', 'Don’t know']);
  });

  it('the result in English: commas and decimal points', () => {
    const lines = resultCsv(q, score, targets, undefined, 'en').split('\r\n');
    expect(lines[0]).toBe('\ufeffDimension,Score (1 to 5),Stage,Answered,Next stage coverage,Target stage,Change since the last assessment');
    expect(lines[1]).toBe('Data collection,3.5,3 – Level 3,100%,50%,4 – Level 4,');
  });

  it('the plan: a header, then one row per action in the order given, numbered, done ones without a number', () => {
    const entries = withProgress(generateRoadmap(q, answers), [
      { actionId: 'item:usage-1:2', owner: '=Julie', due: '2027-01-15', status: 'done', note: 'Dit « oui »; voir' },
    ]);
    const lines = roadmapCsv(q, entries, 'fr').split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('\ufeffPriorité;Horizon;Dimension;Action;Effort;Responsable;Échéance;Statut;Note');
    expect(lines).toHaveLength(1 + entries.length);
    // A typed "=" never becomes a spreadsheet formula; a ";" in a text or a note is quoted.
    const n = entries.findIndex((e) => e.id === 'item:usage-1:2');
    expect(lines[n + 1]).toBe(`;0 à 3 mois;Usage des données;"${entries[n]!.text.fr}";petit;'=Julie;2027-01-15;Fait;"Dit « oui »; voir"`);
    // The others are numbered 1, 2, 3… with no gap.
    expect(lines.slice(1).flatMap((l) => (l.startsWith(';') ? [] : [Number(l.split(';')[0])]))).toEqual(
      Array.from({ length: entries.length - 1 }, (_, i) => i + 1),
    );
  });

  it('the plan: a data source column, only when an action points to an inventory source', () => {
    const [one, two] = generateRoadmap(q, answers).map((e) => e.id);
    const entries = withProgress(generateRoadmap(q, answers), [
      { actionId: one!, status: 'todo', sourceId: 'src-1' } as never,
      { actionId: two!, status: 'todo', sourceId: 'src-gone' } as never,
    ]);
    const lines = roadmapCsv(q, entries, 'en', { 'src-1': 'Tuxedo (Ticketing)' }).split('\r\n').slice(0, -1);
    expect(lines[0]!.endsWith(',Note,Data source')).toBe(true);
    const cell = (id: string) => lines[entries.findIndex((e) => e.id === id) + 1]!.split(',').at(-1);
    expect(cell(one!)).toBe('Tuxedo (Ticketing)');
    expect(cell(two!)).toBe('A source removed from the inventory');
    expect(lines.filter((l) => l.endsWith(','))).toHaveLength(entries.length - 2);
    // No action points to a source: no column.
    expect(roadmapCsv(q, withProgress(generateRoadmap(q, answers), []), 'en').split('\r\n')[0]).not.toContain('Data source');
  });

  it('file names are plain and dated', () => {
    expect(fileName('Société « Les Cœurs » : l’Été !', 'feuille-de-route', '2026-11-21T10:00:00.000Z', 'csv')).toBe(
      'societe-les-coeurs-l-ete_feuille-de-route_2026-11-21.csv',
    );
    expect(fileName('', 'resultat', '2026-11-21T10:00:00.000Z', 'pdf')).toBe('diapason_resultat_2026-11-21.pdf');
  });
});
