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

describe('questionnaireJsonSchema', () => {
  // Editors hover a field to learn what it is: a new field without help would be a silent gap.
  it('gives every field a one-line description', () => {
    const undocumented: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) {
        const childPath = path ? `${path}.${key}` : key;
        if (typeof child.description !== 'string' || child.description === '') undocumented.push(childPath);
        walk(child, childPath);
      }
      const items = node.items as Record<string, unknown> | undefined;
      if (items && typeof items === 'object' && !Array.isArray(items)) walk(items, `${path}[]`);
    };
    walk(questionnaireJsonSchema(), '');
    expect(undocumented).toEqual([]);
  });
});
