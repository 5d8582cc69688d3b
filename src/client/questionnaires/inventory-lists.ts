/**
 * The inventory lists bundled with the app: the newest `questionnaires/inventory/<semver>.json`.
 * A few kilobytes, imported by the screens that use them (each a lazy chunk). The production build
 * refuses an invalid file (scripts/vite-plugin-questionnaires.ts), as for questionnaires.
 */
import type { InventoryLists } from '../../core/inventory/lists.ts';
import { compareVersions } from '../../core/questionnaire/schema.ts';

const files = import.meta.glob<InventoryLists>('../../../questionnaires/inventory/*.json', { import: 'default', eager: true });

export const inventoryLists: InventoryLists = Object.values(files).sort((a, b) => compareVersions(b.version, a.version))[0]!;
