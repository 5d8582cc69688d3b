import { z } from 'zod/mini';
import { FIELD_DOCS, LOCALE_DOCS } from './field-docs.ts';
import { QuestionnaireSchema } from './file-schema.ts';

type Node = { [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds each field's one-line help as its `description`, walking properties and array items. */
function describe(node: Node, path: string): void {
  if (isNode(node.properties)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (!isNode(child)) continue;
      const childPath = path ? `${path}.${key}` : key;
      const doc = FIELD_DOCS[childPath] ?? LOCALE_DOCS[key];
      if (doc) child.description = doc;
      describe(child, childPath);
    }
  }
  if (isNode(node.items)) describe(node.items, `${path}[]`);
}

/** The JSON Schema editors' tools read; generated, never edited by hand. */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema: Node = z.toJSONSchema(QuestionnaireSchema, { io: 'input' });
  describe(schema, '');
  return {
    ...schema,
    title: 'Diapason questionnaire',
    description:
      'A versioned Diapason questionnaire. See questionnaires/README.md; check with `npm run questionnaire:check`.',
  };
}
