/**
 * The bundled questionnaire declarations (`questionnaires/<id>/<semver>.json`), read once at startup:
 * the server needs them only to know which versions' scores compare (their version families), so that
 * no published statistic pools scores that do not. Parsed by core's parser, like the client does; a
 * file that does not parse stops the start, as `npm run questionnaire:check` would have.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledVersion, type BundledVersion } from '../core/acceptance.ts';
import { versionFamilies, type VersionFamily } from '../core/comparability.ts';
import { parseQuestionnaireText } from '../core/questionnaire/parse.ts';
import { INVENTORY_FOLDER } from '../core/inventory/lists.ts';

export const BUNDLED_QUESTIONNAIRES = fileURLToPath(new URL('../../questionnaires/', import.meta.url));

/**
 * Every questionnaire file under `root` (`<id>/<semver>.json`), sorted; also used by `npm run
 * questionnaire:check`. The inventory lists' folder holds no questionnaire (`listInventoryFiles`).
 */
export function listQuestionnaireFiles(root: string = BUNDLED_QUESTIONNAIRES): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root).sort()) {
    if (entry === INVENTORY_FOLDER) continue;
    const dir = join(root, entry);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.json')) files.push(join(dir, file));
    }
  }
  return files;
}

export interface Bundled {
  /** Every version the server takes submissions for, with its dimensions. */
  versions: BundledVersion[];
  /** Which of them pool (./../core/comparability.ts), oldest first. */
  families: VersionFamily[];
}

/** The bundled questionnaires under `dir`: the versions a submission may name, and their families. */
export function readBundled(dir: string = BUNDLED_QUESTIONNAIRES): Bundled {
  const declarations = listQuestionnaireFiles(dir).map((file) => {
    const parsed = parseQuestionnaireText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`questionnaires/${relative(dir, file)} does not parse: run npm run questionnaire:check`);
    return parsed.questionnaire;
  });
  return { versions: declarations.map(bundledVersion), families: versionFamilies(declarations) };
}

/** The version families of every questionnaire under `dir`, oldest first. */
export function readVersionFamilies(dir: string = BUNDLED_QUESTIONNAIRES): VersionFamily[] {
  return readBundled(dir).families;
}

/** The inventory lists' files (`inventory/<semver>.json`), sorted. */
export function listInventoryFiles(root: string = BUNDLED_QUESTIONNAIRES): string[] {
  const dir = join(root, INVENTORY_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}
