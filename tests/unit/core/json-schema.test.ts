import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireJsonSchema } from '../../../src/core/questionnaire/json-schema.ts';

describe('questionnaires/questionnaire.schema.json', () => {
  // Editors' completion comes from this file; if the zod schema changes and nobody reruns
  // `npm run questionnaire:schema`, their editor would accept fields the check then refuses.
  it('is exactly what the zod schema generates (run `npm run questionnaire:schema` if not)', () => {
    const committed = readFileSync(new URL('../../../questionnaires/questionnaire.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(JSON.stringify(questionnaireJsonSchema(), null, 2) + '\n');
  });
});
