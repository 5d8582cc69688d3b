import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readVersionFamilies } from '../../../src/server/questionnaires.ts';

describe('the version families the server reads at startup', () => {
  it('come from the bundled declarations: cqm-maturite 2.0.0 does not compare with 1.0.0, nor 3.0.0 with 2.0.0', () => {
    expect(readVersionFamilies().filter((f) => f.questionnaireId === 'cqm-maturite')).toEqual([
      { questionnaireId: 'cqm-maturite', id: '1.0.0', versions: ['1.0.0'] },
      { questionnaireId: 'cqm-maturite', id: '2.0.0', versions: ['2.0.0'] },
      { questionnaireId: 'cqm-maturite', id: '3.0.0', versions: ['3.0.0'] },
    ]);
  });

  it('stop the start on a declaration that does not parse, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diapason-questionnaires-'));
    mkdirSync(join(dir, 'q'));
    writeFileSync(join(dir, 'q', '1.0.0.json'), '{"id": "q"}');
    writeFileSync(join(dir, 'catalog.json'), '{}');
    expect(() => readVersionFamilies(dir)).toThrow(/questionnaires\/q\/1\.0\.0\.json does not parse/);
  });
});
