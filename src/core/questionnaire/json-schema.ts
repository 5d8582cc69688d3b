import { z } from 'zod/mini';
import { QuestionnaireSchema } from './schema.ts';

/** The JSON Schema editors' tools read; generated, never edited by hand. */
export function questionnaireJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuestionnaireSchema, { io: 'input' }),
    title: 'Diapason questionnaire',
    description:
      'A versioned Diapason questionnaire. See questionnaires/README.md; check with `npm run questionnaire:check`.',
  };
}
