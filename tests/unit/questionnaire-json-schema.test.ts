import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { questionnaireJsonSchema } from '../../src/core/questionnaire/json-schema.ts';

it('questionnaires/questionnaire.schema.json is the one the zod schema generates (npm run questionnaire:schema)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../questionnaires/questionnaire.schema.json', import.meta.url), 'utf8'));
  expect(committed).toEqual(JSON.parse(JSON.stringify(questionnaireJsonSchema())));
});
