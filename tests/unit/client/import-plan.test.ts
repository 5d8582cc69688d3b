/**
 * The import preview's plan is computed in linear time (a backup of 5,000 organizations was quadratic).
 * It must say exactly what the plain per-organization reading says, on any data.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planImport } from '../../../src/client/storage/backup/plan.ts';
import { normalizeData, type BackupData } from '../../../src/client/storage/backup/format.ts';

type Row = Record<string, unknown>;

/** The plan, read the plain way: each organization's rows filtered from the whole. */
function plainPlan(file: BackupData, here: BackupData) {
  const contents = (data: BackupData, id: string) => {
    const assessments = data.assessments.filter((a) => a.organizationId === id);
    const ids = new Set(assessments.map((a) => a.id));
    return {
      assessments: assessments.length,
      completed: assessments.filter((a) => a.status === 'completed').length,
      answers: data.answers.filter((a) => ids.has(a.assessmentId)).length,
    };
  };
  const byName = (a: { name: unknown }, b: { name: unknown }) => String(a.name).localeCompare(String(b.name), 'fr');
  return {
    file: file.organizations
      .map((o) => {
        const mine = file.assessments.filter((a) => a.organizationId === o.id);
        const local = (a: Row) => here.assessments.find((h) => h.id === a.id);
        return {
          id: o.id,
          name: String(o.name),
          exists: here.organizations.some((h) => h.id === o.id),
          ...contents(file, String(o.id)),
          added: mine.filter((a) => !local(a)).length,
          updated: mine.filter((a) => local(a) && String(a.updatedAt) > String(local(a)!.updatedAt)).length,
          kept: mine.filter((a) => local(a) && !(String(a.updatedAt) > String(local(a)!.updatedAt))).length,
        };
      })
      .sort(byName),
    here: here.organizations.map((o) => ({ id: o.id, name: String(o.name), ...contents(here, String(o.id)) })).sort(byName),
  };
}

const orgId = fc.constantFrom('o1', 'o2', 'o3', 'o4');
const assessmentId = fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6');
const day = fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
const data = fc
  .record({
    organizations: fc.uniqueArray(fc.record({ id: orgId, name: fc.constantFrom('Écho', 'Aurore', 'zèle', 'Ensemble') }), { selector: (o) => o.id }),
    assessments: fc.uniqueArray(fc.record({ id: assessmentId, organizationId: orgId, status: fc.constantFrom('in-progress', 'completed'), updatedAt: day }), { selector: (a) => a.id }),
    answers: fc.array(fc.record({ assessmentId, itemId: fc.constantFrom('i1', 'i2') }), { maxLength: 12 }),
  })
  .map((d) => normalizeData(d as unknown as Partial<BackupData>));

describe('the import plan', () => {
  it('says what the plain per-organization reading says, for any file and any laptop', () => {
    fc.assert(
      fc.property(data, data, (file, here) => {
        expect(planImport(file, here)).toEqual(plainPlan(file, here));
      }),
      { numRuns: 300 },
    );
  });
});
