/**
 * npm run questionnaire:schema — writes questionnaires/questionnaire.schema.json from the zod schema,
 * so editors get completion and inline checks. A unit test fails if the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchema } from '../src/core/questionnaire/json-schema.ts';
import { QUESTIONNAIRES_DIR } from './questionnaire-files.ts';

writeFileSync(`${QUESTIONNAIRES_DIR}questionnaire.schema.json`, JSON.stringify(questionnaireJsonSchema(), null, 2) + '\n');
console.log('questionnaires/questionnaire.schema.json written');
