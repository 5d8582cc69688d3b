/**
 * The bundled questionnaire declarations (`questionnaires/<id>/<semver>.json`), read once at startup:
 * the server needs them only to know which versions' scores compare (their version families), so that
 * no published statistic pools scores that do not. Parsed by core's parser, like the client does; a
 * file that does not parse stops the start, as `npm run questionnaire:check` would have.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionFamilies, type VersionFamily } from '../core/comparability.ts';
import { parseQuestionnaireText } from '../core/questionnaire/parse.ts';

export const BUNDLED_QUESTIONNAIRES = fileURLToPath(new URL('../../questionnaires/', import.meta.url));

/** The version families of every questionnaire under `dir`, oldest first. */
export function readVersionFamilies(dir: string = BUNDLED_QUESTIONNAIRES): VersionFamily[] {
  const declarations = [];
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const parsed = parseQuestionnaireText(readFileSync(join(folder, file), 'utf8'));
      if (!parsed.ok) throw new Error(`questionnaires/${id}/${file} does not parse: run npm run questionnaire:check`);
      declarations.push(parsed.questionnaire);
    }
  }
  return versionFamilies(declarations);
}
