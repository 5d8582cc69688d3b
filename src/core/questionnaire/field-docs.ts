/**
 * One-line help for every field of a questionnaire file, shown by editors (hover, completion) through
 * the generated JSON Schema. Kept here rather than in the zod schema so the app never ships these
 * strings; a test fails if a field has none. The full story is in questionnaires/README.md.
 * Keys are field paths: `items[].statements[].nextStep` is the nextStep of any statement of any item.
 */
export const FIELD_DOCS: Record<string, string> = {
  $schema: 'Always "../questionnaire.schema.json": gives your editor completion and checks.',
  id: 'The questionnaire id, same as its folder name (e.g. "cqm-maturite"). Never changes.',
  version: 'MAJOR.MINOR.PATCH, same as the file name. A published file is never edited: copy it to a new version.',
  title: 'The questionnaire name, shown in the app and the PDF.',
  description: 'A short paragraph shown before the first question.',
  levels: 'The five stage names, one per level 1 to 5.',
  'levels[].level': 'The level, 1 to 5.',
  'levels[].name': 'The stage name, e.g. « Structuré » / "Structured".',
  dimensions: 'The scored dimensions.',
  'dimensions[].id': 'Dimension id, e.g. "collecte". Items name their dimension by it. Never changes.',
  'dimensions[].label': 'The dimension name shown to people.',
  'dimensions[].description': 'One paragraph: what the dimension covers, in plain words.',
  'dimensions[].stages': 'What an organization at each stage looks like: one entry per level 1 to 5.',
  'dimensions[].stages[].level': 'The stage, 1 to 5.',
  'dimensions[].stages[].description': 'A sentence or two describing this stage for this dimension.',
  'dimensions[].actions': 'Roadmap actions for the whole dimension: two or three per target stage 2 to 5.',
  'dimensions[].actions[].id': 'Action id: dimension, "vers" + target stage, a few words (e.g. "usage-vers4-segments"). Never changes.',
  'dimensions[].actions[].targetStage': 'The stage this action helps reach: 2 to 5.',
  'dimensions[].actions[].text': 'The action, as an instruction starting with a verb.',
  'dimensions[].actions[].effort': 'small (a few hours), medium (days over weeks), large (a project with a budget).',
  'dimensions[].actions[].horizon': 'Months in which it can be done: 0-3, 3-12 or 12-24.',
  items: 'The questions, grouped by dimension.',
  'items[].id': 'Item id, starting with its dimension (e.g. "collecte-codes-postaux"). Never changes, never reused.',
  'items[].dimension': 'The id of the dimension this item counts in.',
  'items[].weight': 'Optional relative weight inside the dimension; 1 when absent.',
  'items[].question': 'The question, 160 characters at most.',
  'items[].help': 'What the question means, with an example (« Par exemple… » / "For example…").',
  'items[].notApplicable': 'Only where some organizations cannot have the practice: offers "Not applicable".',
  'items[].notApplicable.reason': 'Why some organizations cannot have this practice; shown to the reader.',
  'items[].statements': 'Exactly five statements, one per level 1 to 5.',
  'items[].statements[].level': 'The value of this answer, 1 to 5.',
  'items[].statements[].text': 'What an organization at this level does, concretely; 200 characters at most.',
  'items[].statements[].nextStep': 'The action that moves an organization to the next statement. Required below level 5.',
  'items[].statements[].effort': 'Effort of the next step: small, medium or large. Required below level 5.',
  'items[].statements[].horizon': 'Horizon of the next step in months: 0-3, 3-12 or 12-24. Required below level 5.',
  readiness: 'The pooling-readiness checklist: ready / almost / not yet, never averaged into scores.',
  'readiness.almostMaxMissing': '"Almost" allows at most this many missing criteria, none essential. Less than the number of criteria.',
  'readiness.criteria': 'The criteria, in the order they are shown.',
  'readiness.criteria[].id': 'Criterion id (e.g. "provenance-publics"). Never changes.',
  'readiness.criteria[].label': 'The criterion name shown to people.',
  'readiness.criteria[].missing': 'What is missing when the criterion is not met, said as a thing to obtain.',
  'readiness.criteria[].essential': 'true: an organization missing it is never "almost", only "not yet".',
  'readiness.criteria[].match': '"all" (default): every condition must hold; "any": one is enough.',
  'readiness.criteria[].requires': 'Conditions on item answers.',
  'readiness.criteria[].requires[].item': 'The id of an item of this file.',
  'readiness.criteria[].requires[].atLeast': 'The lowest level that meets the condition, 2 to 5. Not applicable meets it; don’t know does not.',
};

/** Every translatable text has these two. */
export const LOCALE_DOCS: Record<string, string> = {
  fr: 'French (required). Québec French; a no-break space (U+00A0) before ; : ! ? » and after «.',
  en: 'English (required). Natural English, written for its reader rather than translated word for word.',
};
